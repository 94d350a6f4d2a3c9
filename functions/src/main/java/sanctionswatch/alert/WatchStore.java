package sanctionswatch.alert;

import java.util.List;

/** Where watches live. */
public interface WatchStore {
    List<Watch> list();

    void put(Watch watch);

    /** Removes the watch; false when there was none with that id. */
    boolean remove(String watchId);

    /** True once the default watches have been put in place, so a removed default stays removed. */
    boolean defaultsSeeded();

    void markDefaultsSeeded();
}
