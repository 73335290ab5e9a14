package com.invoicebackups.backup;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Fans backup events out to the open screens of this instance, which push them to their pages. */
@Component
public class BackupBroadcaster {

    private final List<Consumer<Backup>> listeners = new CopyOnWriteArrayList<>();

    /** Registers a listener; run the returned action to unregister it (when the screen closes). */
    public Runnable register(Consumer<Backup> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    @EventListener
    void on(BackupEvent event) {
        listeners.forEach(listener -> listener.accept(event.backup()));
    }
}
