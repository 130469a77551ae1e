package org.peacetalks.notebook;

import org.peacetalks.SeedFixture;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peacetalks.server.KgServer;

/**
 * Runs notebooks/analysis.ipynb headless (nbclient, Debian's /usr/bin/python3)
 * against a service on the seed store. The notebook asserts on its own tables,
 * so a wrong answer fails a cell and this test.
 */
class AnalysisNotebookIT {
    static final Path NOTEBOOK = Path.of("notebooks/analysis.ipynb");
    static final String PYTHON = "/usr/bin/python3";

    @TempDir
    static Path dir;
    static KgServer server;

    @BeforeAll
    static void start() {
        server = SeedFixture.serve(SeedFixture.buildStore(dir), null);
    }

    @AfterAll
    static void stop() {
        if (server != null) server.stop();
    }

    @Test
    void committedNotebookHasNoOutputs() throws IOException {
        JsonNode nb = new ObjectMapper().readTree(NOTEBOOK.toFile());
        for (JsonNode cell : nb.get("cells")) {
            if (!cell.get("cell_type").asText().equals("code")) continue;
            assertEquals(0, cell.get("outputs").size(), "executed outputs are not committed");
            assertTrue(cell.get("execution_count").isNull(), "execution counts are not committed");
        }
    }

    @Test
    void notebookRunsAgainstTheServiceWithoutErrors() throws Exception {
        Path out = Path.of("target/notebook");
        Files.createDirectories(out);
        Path executed = out.resolve("analysis.executed.ipynb");
        ProcessBuilder pb = new ProcessBuilder(PYTHON, "src/test/resources/notebook/execute.py", NOTEBOOK.toString(), executed.toString())
            .redirectErrorStream(true);
        pb.environment().put("PEACETALKS_SPARQL", server.datasetUrl());
        pb.environment().put("PEACETALKS_FIGURES", out.toAbsolutePath().toString());
        pb.environment().put("MPLBACKEND", "Agg");
        pb.environment().put("PYDEVD_DISABLE_FILE_VALIDATION", "1");
        Process p = pb.start();
        String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), "notebook did not finish in 5 minutes");
        assertEquals(0, p.exitValue(), "notebook failed (needs python3-nbclient, python3-pandas, python3-matplotlib, "
            + "python3-ipykernel from Debian; .ci/run installs them):\n" + log);
        assertTrue(log.contains("executed 8 code cells"), log);
        for (String fig : new String[] {"blame.png", "positions.png", "control.png"})
            assertTrue(Files.size(out.resolve(fig)) > 10_000, fig + " was drawn");
    }
}
