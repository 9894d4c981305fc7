package dev.byline.index.solr;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A real SolrCloud on this machine (Solr 9 nodes and ZooKeeper, from the {@code solr/} project Byline's build packages
 * into {@code target/solr-local}), run as a child JVM: Solr needs its own Lucene and Jetty, which cannot share Byline's
 * classpath. {@code byline solr local} and the distributed-mode tests start it; a test can stop and restart a node or
 * ZooKeeper through it. Closing it stops the cluster; so does this process ending.
 */
public final class LocalCloud implements Closeable {

    private final Process process;
    private final BufferedReader out;
    private final Writer in;
    private final List<String> urls;
    private final String zk;
    private final BlockingQueue<String> replies = new LinkedBlockingQueue<>();

    private LocalCloud(Process process, BufferedReader out, Writer in, List<String> urls, String zk) {
        this.process = process;
        this.out = out;
        this.in = in;
        this.urls = urls;
        this.zk = zk;
        Thread reader = new Thread(this::readReplies, "solr-local-replies");
        reader.setDaemon(true);
        reader.start();
    }

    /**
     * Starts {@code nodes} Solr nodes and ZooKeeper with data under {@code dir}; ZooKeeper listens on {@code portBase} and
     * the nodes on the ports after it (0: free ports). Solr's own log goes to {@code dir/solr.log}. Returns once every node is up.
     */
    public static LocalCloud start(int nodes, Path dir, int portBase) {
        Path home = home();
        try {
            clear(dir);
            String classpath = home.resolve("byline-solr-local.jar") + java.io.File.pathSeparator
                    + Files.readString(home.resolve("solr-local.classpath")).strip();
            List<String> command = new ArrayList<>(List.of(java(), "-Xmx1g", "-Djava.security.egd=file:/dev/./urandom",
                    "-cp", classpath, "dev.byline.solrlocal.LocalSolrCloud",
                    "--nodes", Integer.toString(nodes), "--dir", dir.toAbsolutePath().toString(), "--port-base", Integer.toString(portBase)));
            Process process = new ProcessBuilder(command).redirectError(dir.resolve("solr.log").toFile()).start();
            BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            Writer in = new java.io.OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
            List<String> urls = null;
            String zk = null;
            String line;
            while ((line = out.readLine()) != null && !line.equals(REPLY + "READY")) {
                if (line.startsWith(REPLY + "SOLR ")) urls = List.of(line.substring(REPLY.length() + 5).split(","));
                if (line.startsWith(REPLY + "ZK ")) zk = line.substring(REPLY.length() + 3);
            }
            if (urls == null || line == null) {
                process.destroyForcibly();
                throw new IllegalStateException("the local SolrCloud did not start; see " + dir.resolve("solr.log"));
            }
            LocalCloud cloud = new LocalCloud(process, out, in, urls, zk);
            Runtime.getRuntime().addShutdownHook(new Thread(cloud::close));
            return cloud;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the local SolrCloud: " + e.getMessage(), e);
        }
    }

    /** The child's replies start with this; any other line on its standard output is Solr's logging. */
    private static final String REPLY = "@@ ";

    /** The marker that says a folder is a local SolrCloud's, so starting again may empty it. */
    static final String MARKER = ".byline-solr-local";

    /** Empties {@code dir} for a fresh cluster: only a folder that is new, empty or one of ours. */
    private static void clear(Path dir) throws IOException {
        if (Files.isDirectory(dir)) {
            boolean empty;
            try (var entries = Files.list(dir)) {
                empty = entries.findAny().isEmpty();
            }
            if (!empty && !Files.exists(dir.resolve(MARKER))) {
                throw new IllegalStateException(dir + " is not empty and not a local SolrCloud's folder; name a new one");
            }
            try (var paths = Files.walk(dir)) {
                for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    if (!p.equals(dir)) Files.delete(p);
                }
            }
        }
        Files.createDirectories(dir);
        Files.writeString(dir.resolve(MARKER), "A local SolrCloud started by byline solr local; emptied at each start.\n");
    }

    /** Where the build put the local SolrCloud: {@code target/solr-local} beside Byline's jar or classes. */
    static Path home() {
        try {
            Path code = Path.of(LocalCloud.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path home = code.getParent().resolve("solr-local");
            if (!Files.isRegularFile(home.resolve("solr-local.classpath"))) {
                throw new IllegalStateException("the local SolrCloud is not built (" + home + " is missing); build Byline with ./mvnw package");
            }
            return home;
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String java() {
        return ProcessHandle.current().info().command().orElse("java");
    }

    /** The nodes' base URLs, the value for BYLINE_SOLR (comma-separated). */
    public List<String> urls() {
        return urls;
    }

    public String address() {
        return String.join(",", urls);
    }

    public String zooKeeper() {
        return zk;
    }

    /** Stops node {@code n} (1-based) and waits until it is down. */
    public void stopNode(int n) {
        command("stop " + n);
    }

    /** Restarts node {@code n} on its port and waits until it is live again. */
    public void startNode(int n) {
        command("start " + n);
    }

    public void stopZooKeeper() {
        command("zk-stop");
    }

    public void startZooKeeper() {
        command("zk-start");
    }

    private synchronized String command(String command) {
        try {
            in.write(command + "\n");
            in.flush();
            String reply = replies.poll(3, TimeUnit.MINUTES);
            if (reply == null) throw new IllegalStateException("the local SolrCloud did not answer '" + command + "'");
            if (!reply.startsWith("OK")) throw new IllegalStateException("the local SolrCloud refused '" + command + "': " + reply);
            return reply;
        } catch (IOException e) {
            throw new UncheckedIOException("the local SolrCloud is gone: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private void readReplies() {
        try {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith(REPLY)) replies.add(line.substring(REPLY.length()));
            }
        } catch (IOException e) {
            // the process ended
        }
    }

    /** Waits until the cluster stops (Ctrl-C), echoing nothing; for {@code byline solr local}. */
    public int waitFor(PrintStream log) throws InterruptedException {
        int code = process.waitFor();
        log.println("The local SolrCloud stopped.");
        return code;
    }

    @Override
    public void close() {
        if (!process.isAlive()) return;
        try {
            in.write("quit\n");
            in.flush();
            in.close();
        } catch (IOException e) {
            // already gone
        }
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) process.destroyForcibly();
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
