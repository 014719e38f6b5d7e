package dev.lab.plugins.xcpng;

import java.io.IOException;
import java.io.StringReader;
import java.net.URL;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.xml.sax.SAXException;

/** The XSD the plugin ships for the answer-file subset it writes. */
final class AnswerFileSchema {
  static final String RESOURCE = "/dev/lab/plugins/xcpng/answerfile/answerfile.xsd";
  private static final Schema SCHEMA = load();

  private AnswerFileSchema() {}

  /** @throws SAXException when the XML does not follow the schema */
  static void validate(String xml) throws SAXException, IOException {
    SCHEMA.newValidator().validate(new StreamSource(new StringReader(xml)));
  }

  private static Schema load() {
    URL xsd = XcpngPlugin.class.getResource(RESOURCE);
    try {
      SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
      factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      return factory.newSchema(xsd);
    } catch (SAXException e) {
      throw new IllegalStateException("the shipped answer file schema does not load", e);
    }
  }
}
