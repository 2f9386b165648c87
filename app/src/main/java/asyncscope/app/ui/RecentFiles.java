package asyncscope.app.ui;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The programs opened or saved lately, most recent first, at most {@link #MAX}, kept in a text file (one
 * path a line) beside the lesson progress. A missing or unreadable file is an empty list; a failed write
 * loses only the list.
 */
public final class RecentFiles {
    public static final int MAX = 8;
    private final Path store;
    private final ObservableList<Path> files = FXCollections.observableArrayList();

    public RecentFiles(Path store) {
        this.store = store;
        if (store != null) {
            try {
                if (Files.isRegularFile(store) && Files.size(store) < 64 * 1024) {
                    for (String line : Files.readAllLines(store, StandardCharsets.UTF_8)) {
                        if (!line.isBlank() && files.size() < MAX) {
                            files.add(Path.of(line.strip()));
                        }
                    }
                }
            } catch (IOException | RuntimeException e) {
                files.clear(); // an unreadable list is no list
            }
        }
    }

    /** Puts {@code p} first (moving it if it was there) and saves the list. */
    public void add(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        List<Path> next = new ArrayList<>(files);
        next.remove(abs);
        next.add(0, abs);
        files.setAll(next.subList(0, Math.min(MAX, next.size())));
        if (store != null) {
            try {
                Files.createDirectories(store.toAbsolutePath().getParent());
                Files.write(store, files.stream().map(Path::toString).toList(), StandardCharsets.UTF_8);
            } catch (IOException | RuntimeException e) {
                // the list is a convenience: the program itself was opened or saved
            }
        }
    }

    public ObservableList<Path> files() {
        return files;
    }
}
