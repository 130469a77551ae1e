/** The Stanford CoreNLP pipeline that extraction runs on, and the guard that bounds the sentences it parses. */
package org.peacetalks.nlp;
