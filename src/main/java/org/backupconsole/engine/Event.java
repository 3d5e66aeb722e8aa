package org.backupconsole.engine;

/** Something the engine does at a point of virtual time. */
interface Event {

    void fire(BackupEngine engine);
}
