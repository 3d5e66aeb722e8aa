package org.backupconsole.engine.model;

/** Something the engine does at a point of virtual time; what it acts on, it was given when it was scheduled. */
interface Event {

    void fire();
}
