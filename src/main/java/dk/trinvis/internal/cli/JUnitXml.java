package dk.trinvis.internal.cli;

import dk.trinvis.check.TestResult;

import dk.trinvis.check.TestRun;

import dk.trinvis.model.Language;
import java.io.StringWriter;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** Writes a test run as JUnit XML, the report format CI servers read. */
public final class JUnitXml {
    private JUnitXml() {
    }

    /** The run as a JUnit XML document with one test suite, its failures in English. */
    public static String write(TestRun run, String suiteName) {
        return write(run, suiteName, Language.EN);
    }

    /** The run as a JUnit XML document with one test suite, its failures in a language. */
    public static String write(TestRun run, String suiteName, Language lang) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("testsuite");
            xml.writeAttribute("name", suiteName);
            xml.writeAttribute("tests", Integer.toString(run.results().size()));
            xml.writeAttribute("failures", Long.toString(run.failed()));
            xml.writeAttribute("errors", "0");
            xml.writeAttribute("skipped", "0");
            for (TestResult r : run.results()) {
                xml.writeCharacters("\n  ");
                xml.writeStartElement("testcase");
                xml.writeAttribute("classname", r.location().file());
                xml.writeAttribute("name", printable(r.name()));
                if (!r.passed()) {
                    xml.writeStartElement("failure");
                    xml.writeAttribute("message", printable(r.failures(lang).get(0)));
                    xml.writeCharacters(printable(r.report(lang)));
                    xml.writeEndElement();
                }
                xml.writeEndElement();
            }
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("writing XML to a string cannot fail", e);
        }
        return out.toString();
    }

    /** XML 1.0 cannot hold most control characters, even escaped. */
    private static String printable(String s) {
        return s.replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F]", "");
    }
}
