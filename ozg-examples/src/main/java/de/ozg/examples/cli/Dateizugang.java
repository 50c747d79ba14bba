package de.ozg.examples.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;

/**
 * Why a path cannot be read as an input file, named by its real cause: missing, a link to nothing, a
 * directory, a FIFO, a device or a socket, or no permission to read. The tool reads a file twice (to
 * tell its format, then to check it), so anything but a regular, readable file is refused before
 * reading: a FIFO would be drained by the first look and a device would never end.
 */
final class Dateizugang {

    // the file-type bits of st_mode, as the "unix" attribute view reports them
    private static final int S_IFMT = 0170000;
    private static final int S_IFSOCK = 0140000;
    private static final int S_IFBLK = 0060000;
    private static final int S_IFCHR = 0020000;
    private static final int S_IFIFO = 0010000;

    private Dateizugang() {
    }

    /**
     * The problem of a path, if it is not a regular file this process may read.
     *
     * @param datei the path
     * @return the cause, empty when the file can be read
     */
    static Optional<Meldung> problem(Path datei) {
        BasicFileAttributes a;
        try {
            a = Files.readAttributes(datei, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            return Optional.of(Files.isSymbolicLink(datei) ? Meldung.of("datei.verweisInsLeere")
                    : Meldung.of("datei.fehlt"));
        } catch (AccessDeniedException e) {
            return Optional.of(Meldung.of("datei.keinZugriffVerzeichnis"));
        } catch (IOException e) {
            return Optional.of(ausnahme(e));
        }
        if (a.isDirectory()) {
            return Optional.of(Meldung.of("datei.verzeichnis"));
        }
        if (!a.isRegularFile()) {
            return Optional.of(Meldung.of(sonderdatei(datei)));
        }
        if (!Files.isReadable(datei)) {
            return Optional.of(Meldung.of("datei.keineLeseberechtigung"));
        }
        return Optional.empty();
    }

    /** The key of the kind of a special file: FIFO, device, socket, or just "no regular file". */
    private static String sonderdatei(Path datei) {
        try {
            Object mode = Files.getAttribute(datei, "unix:mode", LinkOption.NOFOLLOW_LINKS);
            if (Files.isSymbolicLink(datei)) {
                mode = Files.getAttribute(datei, "unix:mode");
            }
            int typ = ((Integer) mode) & S_IFMT;
            switch (typ) {
                case S_IFIFO: return "datei.fifo";
                case S_IFCHR: case S_IFBLK: return "datei.geraet";
                case S_IFSOCK: return "datei.socket";
                default: return "datei.keineDatei";
            }
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException | ClassCastException e) {
            return "datei.keineDatei";
        }
    }

    /**
     * The cause of a failure while reading a file that had passed {@link #problem}: it vanished,
     * lost its permission, or the disk failed.
     *
     * @param e the failure
     * @return the cause in words
     */
    static Meldung ausnahme(IOException e) {
        if (e instanceof NoSuchFileException) {
            return Meldung.of("datei.fehlt");
        }
        if (e instanceof AccessDeniedException) {
            return Meldung.of("datei.keineLeseberechtigung");
        }
        String grund = e instanceof FileSystemException && ((FileSystemException) e).getReason() != null
                ? ((FileSystemException) e).getReason() : e.getMessage() == null ? e.getClass().getSimpleName()
                : e.getMessage();
        return Meldung.of("datei.lesefehler", grund);
    }
}
