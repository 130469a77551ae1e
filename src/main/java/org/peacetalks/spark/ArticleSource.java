package org.peacetalks.spark;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.peacetalks.corpus.TextFiles;
import org.peacetalks.ingest.ArticleFiles;
import org.peacetalks.util.InputException;

/**
 * Article files on any Hadoop file system (local paths, {@code file:}, {@code hdfs:}, {@code s3a:} …),
 * read into ingest's {@link ArticleFiles.Item}s by ingest's own readers. A JSON Lines file is read
 * line by line, each line keeping its byte offset, so a feed of any size streams and the extraction
 * stage can seek back to one line; other files are read whole, within ingest's size limit.
 */
final class ArticleSource {
    /** File kinds a directory contributes; a file named on the command line is read whatever its name. */
    static final Set<String> EXTENSIONS = Set.of("txt", "html", "htm", "jsonl", "ndjson");

    private ArticleSource() {}

    /** One input file: its position in the input order, its qualified path, and its name in messages (as the user gave it). */
    record Input(int index, String path, String name) implements Serializable {
        String fileName() { return new Path(path).getName(); }
    }

    /**
     * The input files in order: each argument as given; a directory's article files (by
     * {@link #EXTENSIONS}, hidden and {@code _} files left out) in path order, recursively.
     * An argument that does not exist is a failure of its own, and the others go on.
     */
    static List<Input> list(List<String> inputs, Configuration conf, Consumer<InputException> missing) {
        List<Input> out = new ArrayList<>();
        for (String in : inputs) {
            try {
                Path p = new Path(in);
                FileSystem fs = p.getFileSystem(conf);
                if (!fs.exists(p)) {
                    missing.accept(new InputException(in, "not found"));
                    continue;
                }
                FileStatus st = fs.getFileStatus(p);
                String root = fs.makeQualified(p).toString();
                if (st.isFile()) {
                    out.add(new Input(out.size(), root, in));
                    continue;
                }
                List<String> found = new ArrayList<>();
                RemoteIterator<LocatedFileStatus> it = fs.listFiles(p, true);
                while (it.hasNext()) {
                    LocatedFileStatus f = it.next();
                    String name = f.getPath().getName();
                    int dot = name.lastIndexOf('.');
                    if (name.startsWith(".") || name.startsWith("_") || dot < 0) continue;
                    if (EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT))) found.add(f.getPath().toString());
                }
                found.sort(Comparator.naturalOrder());
                String shown = in.endsWith("/") ? in.substring(0, in.length() - 1) : in;
                for (String f : found) out.add(new Input(out.size(), f, shown + f.substring(root.length())));
            } catch (IOException | IllegalArgumentException e) {
                missing.accept(new InputException(in, "cannot list: " + e.getMessage()));
            }
        }
        return out;
    }

    /** One article read back: where it is and ingest's item for it (an article or its error). */
    record Read(Rows.Place place, ArticleFiles.Item item) {}

    /** Every article of {@code in}, in order; a file that cannot be read at all is one failed item. */
    static List<Read> readAll(Input in, Configuration conf) {
        List<Read> out = new ArrayList<>();
        Rows.Place whole = new Rows.Place(in.index(), in.path(), in.name(), 1, -1, -1);
        try {
            Path p = new Path(in.path());
            FileSystem fs = p.getFileSystem(conf);
            long size = fs.getFileStatus(p).getLen();
            if (size == 0) return List.of(failed(whole, new InputException(in.name(), "empty file")));
            if (!ArticleFiles.isJsonLines(in.fileName())) {
                if (size > ArticleFiles.MAX_BYTES)
                    return List.of(failed(whole, new InputException(in.name(), "file too large: " + size + " bytes (limit " + ArticleFiles.MAX_BYTES + ")")));
                byte[] bytes;
                try (FSDataInputStream s = fs.open(p)) {
                    bytes = s.readAllBytes();
                }
                for (ArticleFiles.Item it : ArticleFiles.read(in.name(), in.fileName(), bytes)) out.add(new Read(whole, it));
                return out;
            }
            try (FSDataInputStream s = fs.open(p)) {
                new LineReader(s).forEach((no, offset, bytes, length) -> {
                    Rows.Place at = new Rows.Place(in.index(), in.path(), in.name(), no, offset, length);
                    ArticleFiles.Item it = jsonLine(in, at, bytes, length);
                    if (it != null) out.add(new Read(at, it));
                });
            }
            if (out.isEmpty()) out.add(failed(whole, new InputException(in.name(), "no articles (only blank lines)")));
            return out;
        } catch (IOException e) {
            return List.of(failed(whole, new InputException(in.name(), "cannot read: " + e.getMessage(), e)));
        }
    }

    /** The article at {@code at} read again (the extraction stage): the whole file, or its one JSON line by offset. */
    static ArticleFiles.Item readOne(Rows.Place at, Configuration conf) throws IOException {
        Input in = new Input(at.file(), at.path(), at.name());
        if (!at.jsonLine()) {
            List<Read> all = readAll(in, conf);
            return all.get(0).item();
        }
        Path p = new Path(at.path());
        byte[] bytes = new byte[at.length()];
        try (FSDataInputStream s = p.getFileSystem(conf).open(p)) {
            s.readFully(at.offset(), bytes);
        }
        return jsonLine(in, at, bytes, bytes.length);
    }

    private static ArticleFiles.Item jsonLine(Input in, Rows.Place at, byte[] bytes, int length) {
        if (length > ArticleFiles.MAX_BYTES)
            return failedItem(new InputException(in.name(), at.line(), 1, "line too large: " + length + " bytes (limit " + ArticleFiles.MAX_BYTES + ")"));
        String text;
        try {
            text = TextFiles.decodeUtf8(in.name(), bytes.length == length ? bytes : java.util.Arrays.copyOf(bytes, length));
        } catch (InputException e) {
            return failedItem(new InputException(in.name(), at.line(), 1, e.problem()));
        }
        return ArticleFiles.jsonLine(in.name(), ArticleFiles.stem(in.fileName()), at.line(), text);
    }

    private static Read failed(Rows.Place at, InputException e) {
        return new Read(at, failedItem(e));
    }

    private static ArticleFiles.Item failedItem(InputException e) {
        return new ArticleFiles.Item(null, e);
    }

    /** Lines of a stream with their 1-based numbers and byte offsets; a line longer than the limit keeps only its length. */
    static final class LineReader {
        interface LineSink { void accept(int no, long offset, byte[] bytes, int length) throws IOException; }

        private final InputStream in;

        LineReader(InputStream in) { this.in = new java.io.BufferedInputStream(in, 1 << 16); }

        void forEach(LineSink sink) throws IOException {
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            long offset = 0, start = 0;
            int no = 1, length = 0, b;
            while ((b = in.read()) >= 0) {
                offset++;
                if (b == '\n') {
                    sink.accept(no++, start, line.toByteArray(), length);
                    line.reset();
                    length = 0;
                    start = offset;
                    continue;
                }
                if (length++ <= ArticleFiles.MAX_BYTES) line.write(b);
            }
            if (length > 0) sink.accept(no, start, line.toByteArray(), length);
        }
    }
}
