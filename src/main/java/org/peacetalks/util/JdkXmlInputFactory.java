package org.peacetalks.util;

import java.io.InputStream;
import java.io.Reader;

import javax.xml.stream.EventFilter;
import javax.xml.stream.StreamFilter;
import javax.xml.stream.XMLEventReader;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLReporter;
import javax.xml.stream.XMLResolver;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.util.XMLEventAllocator;
import javax.xml.transform.Source;

/**
 * The JDK's own StAX parser, registered as this jar's {@code javax.xml.stream.XMLInputFactory}
 * service so that it is found before the relocated Woodstox that Spark's Hadoop client jar
 * registers. Without it, {@code XMLInputFactory.newInstance()} (Jena's RDF/XML parser) would
 * get that Woodstox, which refuses the JDK's external-DTD setting Jena applies and logs an error.
 */
public final class JdkXmlInputFactory extends XMLInputFactory {
    private final XMLInputFactory jdk = XMLInputFactory.newDefaultFactory();

    @Override public XMLStreamReader createXMLStreamReader(Reader r) throws XMLStreamException { return jdk.createXMLStreamReader(r); }
    @Override public XMLStreamReader createXMLStreamReader(Source s) throws XMLStreamException { return jdk.createXMLStreamReader(s); }
    @Override public XMLStreamReader createXMLStreamReader(InputStream in) throws XMLStreamException { return jdk.createXMLStreamReader(in); }
    @Override public XMLStreamReader createXMLStreamReader(InputStream in, String enc) throws XMLStreamException { return jdk.createXMLStreamReader(in, enc); }
    @Override public XMLStreamReader createXMLStreamReader(String id, InputStream in) throws XMLStreamException { return jdk.createXMLStreamReader(id, in); }
    @Override public XMLStreamReader createXMLStreamReader(String id, Reader r) throws XMLStreamException { return jdk.createXMLStreamReader(id, r); }
    @Override public XMLEventReader createXMLEventReader(Reader r) throws XMLStreamException { return jdk.createXMLEventReader(r); }
    @Override public XMLEventReader createXMLEventReader(String id, Reader r) throws XMLStreamException { return jdk.createXMLEventReader(id, r); }
    @Override public XMLEventReader createXMLEventReader(XMLStreamReader r) throws XMLStreamException { return jdk.createXMLEventReader(r); }
    @Override public XMLEventReader createXMLEventReader(Source s) throws XMLStreamException { return jdk.createXMLEventReader(s); }
    @Override public XMLEventReader createXMLEventReader(InputStream in) throws XMLStreamException { return jdk.createXMLEventReader(in); }
    @Override public XMLEventReader createXMLEventReader(InputStream in, String enc) throws XMLStreamException { return jdk.createXMLEventReader(in, enc); }
    @Override public XMLEventReader createXMLEventReader(String id, InputStream in) throws XMLStreamException { return jdk.createXMLEventReader(id, in); }
    @Override public XMLStreamReader createFilteredReader(XMLStreamReader r, StreamFilter f) throws XMLStreamException { return jdk.createFilteredReader(r, f); }
    @Override public XMLEventReader createFilteredReader(XMLEventReader r, EventFilter f) throws XMLStreamException { return jdk.createFilteredReader(r, f); }
    @Override public XMLResolver getXMLResolver() { return jdk.getXMLResolver(); }
    @Override public void setXMLResolver(XMLResolver r) { jdk.setXMLResolver(r); }
    @Override public XMLReporter getXMLReporter() { return jdk.getXMLReporter(); }
    @Override public void setXMLReporter(XMLReporter r) { jdk.setXMLReporter(r); }
    @Override public void setProperty(String name, Object value) { jdk.setProperty(name, value); }
    @Override public Object getProperty(String name) { return jdk.getProperty(name); }
    @Override public boolean isPropertySupported(String name) { return jdk.isPropertySupported(name); }
    @Override public void setEventAllocator(XMLEventAllocator a) { jdk.setEventAllocator(a); }
    @Override public XMLEventAllocator getEventAllocator() { return jdk.getEventAllocator(); }
}
