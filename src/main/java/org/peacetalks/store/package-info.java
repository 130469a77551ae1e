/** The TDB2 store: building it from data/ and ontology/ into a fresh directory, validating, and swapping it in. */
package org.peacetalks.store;
