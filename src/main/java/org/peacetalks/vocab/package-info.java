/** Vocabulary constants, one class per namespace: {@code PT} for ours, plus the Web Annotation and schema.org terms we use. */
package org.peacetalks.vocab;
