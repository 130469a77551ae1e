/** Automatic annotation of new articles: entity linking through a gazetteer generated from the reference graph. */
package org.peacetalks.extract;
