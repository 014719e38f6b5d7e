package dev.lab.api.model;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Documents a model type or property for users. The lab directory's JSON Schema and reference
 * documentation are generated from these annotations, so they cannot drift from the code.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.METHOD,
    ElementType.PARAMETER})
public @interface Doc {
  /** @return what the property means, one or two sentences */
  String value();

  /** @return whether a lab directory file must set this property */
  boolean required() default false;

  /** @return the value used when the property is absent, as a user would write it, or empty */
  String defaultValue() default "";

  /** @return an example value as a user would write it, or empty */
  String example() default "";
}
