package org.backupconsole.engine.model;

/** Removes a fault rule by its id. */
public record RemoveFaultRule(String ruleId) implements Command<String> {

    public static final CommandKind<RemoveFaultRule> KIND = new CommandKind<>(RemoveFaultRule.class, "removeFaultRule",
            in -> new RemoveFaultRule(in.allowing("rule").text("rule")));

    @Override
    public String applyTo(EngineState state) {
        state.faults.remove(ruleId);
        return ruleId;
    }

    @Override
    public void writeTo(FieldWriter out) {
        out.text("rule", ruleId);
    }
}
