package org.backupconsole.engine.model;

/** Adds a rule that makes backup runs or restore jobs fail; the engine gives it its id. */
public record AddFaultRule(FaultRule rule) implements Command<FaultRule> {

    public static final CommandKind<AddFaultRule> KIND = new CommandKind<>(AddFaultRule.class, "addFaultRule",
            in -> new AddFaultRule(in.allowing("target", "cluster", "times", "probability", "errorCode", "errorMessage")
                    .faultRule()));

    @Override
    public FaultRule applyTo(EngineState state) {
        rule.clusterId().ifPresent(state.clusters::find);
        FaultRule added = rule.withId(state.faultRuleIds.next());
        state.faults.add(added);
        return added;
    }

    @Override
    public void writeTo(FieldWriter out) {
        out.faultRule(rule);
    }
}
