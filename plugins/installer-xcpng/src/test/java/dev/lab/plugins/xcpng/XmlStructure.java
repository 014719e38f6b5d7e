package dev.lab.plugins.xcpng;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;

/**
 * The structure of an XML document without its values: every element with its attribute names and
 * children, every comment, processing instruction and CDATA section; text reduced to its place.
 */
final class XmlStructure {
  private XmlStructure() {}

  static String of(String xml) {
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      f.setExpandEntityReferences(false);
      Node doc = f.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
      StringBuilder sb = new StringBuilder();
      for (Node child = doc.getFirstChild(); child != null; child = child.getNextSibling()) {
        describe(child, sb);
      }
      return sb.toString();
    } catch (Exception e) {
      throw new AssertionError("the answer file is not well-formed XML: " + e.getMessage(), e);
    }
  }

  private static void describe(Node node, StringBuilder sb) {
    switch (node.getNodeType()) {
      case Node.ELEMENT_NODE -> {
        Element e = (Element) node;
        NamedNodeMap attrs = e.getAttributes();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < attrs.getLength(); i++) {
          names.add(attrs.item(i).getNodeName());
        }
        sb.append('<').append(e.getTagName()).append(new TreeSet<>(names)).append('>');
        for (Node child = e.getFirstChild(); child != null; child = child.getNextSibling()) {
          describe(child, sb);
        }
        sb.append("</").append(e.getTagName()).append('>');
      }
      case Node.TEXT_NODE -> sb.append(node.getNodeValue().isBlank() ? "" : "T");
      case Node.COMMENT_NODE -> sb.append("<!---->");
      case Node.CDATA_SECTION_NODE -> sb.append("<![CDATA[]]>");
      case Node.PROCESSING_INSTRUCTION_NODE -> sb.append("<?").append(node.getNodeName()).append("?>");
      default -> sb.append("?").append(node.getNodeType());
    }
  }
}
