package id.go.mpp.sinergi.local;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.tukaani.xz.XZInputStream;

/** Unpacks the tar archives the stack ships as (Keycloak's .tar.gz, the PostgreSQL .txz inside a jar). */
final class Archives {

    enum Compression { GZIP, XZ }

    private Archives() {
    }

    /**
     * Unpacks {@code archive} into {@code target} atomically: into a sibling temporary directory first, then renamed,
     * so an interrupted unpack never leaves a half-filled {@code target} behind and a concurrent unpack by someone
     * else (the test suite) is harmless. {@code stripTopDirectory} drops the archive's single top-level directory.
     */
    static void unpack(InputStream archive, Compression compression, Path target, boolean stripTopDirectory)
            throws IOException {
        Path parent = target.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path tmp = Files.createTempDirectory(parent, "." + target.getFileName() + ".unpacking-");
        try {
            Files.setPosixFilePermissions(tmp, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
        } catch (UnsupportedOperationException e) {
            // not POSIX
        }
        try {
            InputStream in = new BufferedInputStream(archive, 1 << 16);
            InputStream decompressed = compression == Compression.GZIP
                    ? new GZIPInputStream(in, 1 << 16) : new XZInputStream(in);
            try (TarArchiveInputStream tar = new TarArchiveInputStream(decompressed)) {
                TarArchiveEntry entry;
                while ((entry = tar.getNextEntry()) != null) {
                    String name = entry.getName();
                    if (stripTopDirectory) {
                        int slash = name.indexOf('/');
                        name = slash < 0 ? "" : name.substring(slash + 1);
                    }
                    if (name.isEmpty()) {
                        continue;
                    }
                    Path out = tmp.resolve(name).normalize();
                    if (!out.startsWith(tmp)) {
                        throw new IOException("archive entry outside the target directory: " + entry.getName());
                    }
                    if (entry.isDirectory()) {
                        Files.createDirectories(out);
                        continue;
                    }
                    Files.createDirectories(out.getParent());
                    if (entry.isSymbolicLink()) {
                        Files.createSymbolicLink(out, Path.of(entry.getLinkName()));
                    } else if (entry.isLink()) {
                        Path linkTarget = tmp.resolve(stripTopDirectory
                                ? entry.getLinkName().substring(entry.getLinkName().indexOf('/') + 1)
                                : entry.getLinkName());
                        Files.createLink(out, linkTarget);
                    } else {
                        Files.copy(tar, out, StandardCopyOption.REPLACE_EXISTING);
                        setMode(out, entry.getMode());
                    }
                }
            }
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException | java.nio.file.DirectoryNotEmptyException e) {
                // someone else unpacked it meanwhile: keep theirs
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target);
            }
        } finally {
            deleteRecursively(tmp);
        }
    }

    private static void setMode(Path file, int mode) throws IOException {
        try {
            Set<PosixFilePermission> perms = EnumSet.noneOf(PosixFilePermission.class);
            PosixFilePermission[] bits = {
                PosixFilePermission.OTHERS_EXECUTE, PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_READ,
                PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_READ,
                PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_READ};
            for (int i = 0; i < bits.length; i++) {
                if ((mode & (1 << i)) != 0) {
                    perms.add(bits[i]);
                }
            }
            perms.add(PosixFilePermission.OWNER_READ);
            perms.add(PosixFilePermission.OWNER_WRITE);
            Files.setPosixFilePermissions(file, perms);
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: modes do not matter there
        }
    }

    static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) walk.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(p);
            }
        }
    }
}
