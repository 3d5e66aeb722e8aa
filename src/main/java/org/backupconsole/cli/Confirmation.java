package org.backupconsole.cli;

/**
 * The typed confirmation a destructive command needs: {@code --confirm} with the name of what it destroys, or,
 * at a terminal, the name typed when asked. Standard input that is not a terminal is never asked.
 */
final class Confirmation {

    private Confirmation() {
    }

    /**
     * @param given  what {@code --confirm} said, or {@code null}
     * @param name   the name that must be given
     * @param effect what the command will do, as a sentence: "The restore erases demo-basic."
     */
    static void require(String given, String name, String effect) {
        if (given != null) {
            if (!given.equals(name)) {
                throw CliFailure.usage("--confirm " + given + " does not match " + name + ", so nothing was done. "
                        + effect + " Give --confirm " + name + " to go ahead.");
            }
            return;
        }
        if (!Terminal.isInteractive()) {
            throw CliFailure.usage(effect + " Give --confirm " + name + " to go ahead; nothing was done.");
        }
        String typed = Terminal.ask(effect + " Type " + name + " to go ahead: ").orElse("");
        if (!typed.equals(name)) {
            throw CliFailure.usage("What was typed is not " + name + ", so nothing was done.");
        }
    }
}
