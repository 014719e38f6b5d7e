package dev.lab.core.render;

import freemarker.core.CommonTemplateMarkupOutputModel;

/** Text already escaped (or known safe) for one of Lab's output formats. */
final class LabMarkup extends CommonTemplateMarkupOutputModel<LabMarkup> {
  private final LabOutputFormat format;

  LabMarkup(LabOutputFormat format, String plainTextContent, String markupContent) {
    super(plainTextContent, markupContent);
    this.format = format;
  }

  @Override
  public LabOutputFormat getOutputFormat() {
    return format;
  }
}
