/** Articles: their text exactly as stored, its hash-based identity, and metadata limited to what is known. */
package org.peacetalks.corpus;
