/**
 * The XCP-ng 8.3 answer file as a Jakarta XML Binding model: the subset of host-installer's
 * {@code doc/answerfile.txt} that Lab writes. Elements and attributes carry the installer's names;
 * the installer reads them with {@code answerfile.py}, which finds elements anywhere in the document
 * but only under the names used here. The model is built once per answer file and only marshalled.
 */
@XmlAccessorType(XmlAccessType.FIELD)
package dev.lab.plugins.xcpng.answerfile;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
