/** Small helpers shared by every stage: input errors with positions, hashing. */
package org.peacetalks.util;
