/** The command line: one class per subcommand; users get a message and an exit code, not a stack trace. */
package org.peacetalks.cli;
