package dev.lab.core.render;

import freemarker.core.CommonMarkupOutputFormat;
import freemarker.template.TemplateModelException;
import java.io.IOException;
import java.io.Writer;
import java.util.function.UnaryOperator;

/**
 * A FreeMarker output format whose auto-escaping is one of {@link dev.lab.api.Escape}'s rules. A
 * template selects it with {@code <#ftl output_format="NAME">}.
 */
final class LabOutputFormat extends CommonMarkupOutputFormat<LabMarkup> {
  private final String name;
  private final String mimeType;
  private final UnaryOperator<String> escaper;

  LabOutputFormat(String name, String mimeType, UnaryOperator<String> escaper) {
    this.name = name;
    this.mimeType = mimeType;
    this.escaper = escaper;
  }

  @Override
  public String getName() {
    return name;
  }

  @Override
  public String getMimeType() {
    return mimeType;
  }

  @Override
  public void output(String textToEsc, Writer out) throws IOException, TemplateModelException {
    out.write(escapePlainText(textToEsc));
  }

  @Override
  public String escapePlainText(String plainTextContent) throws TemplateModelException {
    try {
      return escaper.apply(plainTextContent);
    } catch (IllegalArgumentException e) {
      throw new TemplateModelException("cannot write this value as " + name + ": " + e.getMessage(), e);
    }
  }

  @Override
  public boolean isLegacyBuiltInBypassed(String builtInName) {
    return false;
  }

  @Override
  protected LabMarkup newTemplateMarkupOutputModel(String plainTextContent, String markupContent) {
    return new LabMarkup(this, plainTextContent, markupContent);
  }
}
