package com.invoicebackups.backup;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Fans backup events out to the open screens of this instance, which push them to their pages. */
@Component
public class BackupBroadcaster {

    private static final Logger LOG = LoggerFactory.getLogger(BackupBroadcaster.class);

    private final List<Consumer<Backup>> listeners = new CopyOnWriteArrayList<>();

    /** Registers a listener; run the returned action to unregister it (when the screen closes). */
    public Runnable register(Consumer<Backup> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /** A screen that fails (closed meanwhile, say) must not fail the job that reports to it. */
    @EventListener
    void on(BackupEvent event) {
        for (Consumer<Backup> listener : listeners) {
            try {
                listener.accept(event.backup());
            } catch (RuntimeException e) {
                LOG.debug("A screen could not be told about backup {}", event.backup().id(), e);
            }
        }
    }
}
