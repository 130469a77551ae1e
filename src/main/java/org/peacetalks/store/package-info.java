/** The TDB2 store: building it from data/ and ontology/ into a fresh directory, validating, and swapping it in; its full-text index. */
package org.peacetalks.store;
