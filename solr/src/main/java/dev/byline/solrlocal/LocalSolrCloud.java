package dev.byline.solrlocal;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.apache.solr.cloud.ZkTestServer;
import org.apache.solr.embedded.JettyConfig;
import org.apache.solr.embedded.JettySolrRunner;

/**
 * A real SolrCloud on loopback: an embedded ZooKeeper and N Solr 9 nodes (Jetty), data under one folder. Started by
 * {@code byline solr local} and by Byline's tests as a child process; it prints what a client needs and then obeys
 * one command per line on standard input, so a test can stop and restart nodes or ZooKeeper:
 *
 * <pre>
 * out: @@ ZK 127.0.0.1:P/solr      out: @@ SOLR http://127.0.0.1:P1/solr,...      out: @@ READY
 * in:  stop N | start N | zk-stop | zk-start | status | quit       out: @@ OK ... | @@ ERR message
 * </pre>
 *
 * Arguments: {@code --nodes N --dir FOLDER [--port-base P]} (ZooKeeper on P, nodes on P+1..P+N; 0 picks free ports).
 * Standard input closing, Ctrl-C or {@code quit} stops the cluster cleanly.
 */
public final class LocalSolrCloud {

    private final MiniSolrCloudCluster cluster;
    private final ZkTestServer zk;
    private final List<JettySolrRunner> nodes;

    private LocalSolrCloud(MiniSolrCloudCluster cluster, ZkTestServer zk, List<JettySolrRunner> nodes) {
        this.cluster = cluster;
        this.zk = zk;
        this.nodes = nodes;
    }

    public static void main(String[] args) throws Exception {
        int count = 3, portBase = 0;
        Path dir = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--nodes" -> count = Integer.parseInt(args[++i]);
                case "--port-base" -> portBase = Integer.parseInt(args[++i]);
                case "--dir" -> dir = Path.of(args[++i]);
                default -> fail("unknown argument " + args[i]);
            }
        }
        if (dir == null) fail("--dir is required");
        if (count < 1 || count > 9) fail("--nodes must be 1 to 9");
        System.setProperty("java.security.egd", "file:/dev/./urandom");
        System.setProperty("solr.log.dir", dir.resolve("logs").toString());
        Files.createDirectories(dir);

        LocalSolrCloud local = start(count, portBase, dir);
        Runtime.getRuntime().addShutdownHook(new Thread(local::stopQuietly));
        say("ZK " + local.zk.getZkAddress());
        say("SOLR " + String.join(",", local.urls()));
        say("READY");
        local.obey(new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)));
        local.stopQuietly();
        System.exit(0);
    }

    private static LocalSolrCloud start(int count, int portBase, Path dir) throws Exception {
        Path zkDir = dir.resolve("zookeeper");
        // A fixed port even when free ports are asked for, so ZooKeeper restarted after zk-stop is where the nodes look.
        ZkTestServer zk = new ZkTestServer(zkDir, portBase == 0 ? freePort() : portBase);
        zk.run(false);
        MiniSolrCloudCluster cluster = new MiniSolrCloudCluster(0, dir, MiniSolrCloudCluster.DEFAULT_CLOUD_SOLR_XML,
                JettyConfig.builder().setContext("/solr").build(), zk, true);
        List<JettySolrRunner> nodes = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            JettyConfig config = JettyConfig.builder().setContext("/solr").setPort(portBase == 0 ? 0 : portBase + 1 + i).build();
            nodes.add(cluster.startJettySolrRunner("node" + (i + 1), "/solr", config));
        }
        cluster.waitForAllNodes(60);
        return new LocalSolrCloud(cluster, zk, nodes);
    }

    private static int freePort() throws java.io.IOException {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private List<String> urls() {
        return nodes.stream().map(n -> "http://127.0.0.1:" + n.getLocalPort() + "/solr").toList();
    }

    private void obey(BufferedReader in) throws Exception {
        String line;
        while ((line = in.readLine()) != null) {
            String[] words = line.strip().split("\\s+");
            try {
                switch (words[0]) {
                    case "stop" -> {
                        JettySolrRunner node = node(words);
                        try {
                            cluster.stopJettySolrRunner(node);
                        } catch (Exception e) {
                            // Waiting for the cluster to see it gone can time out on a loaded machine; the node is down all the same.
                            if (node.isRunning()) throw e;
                        }
                        say("OK stopped node " + words[1]);
                    }
                    case "start" -> {
                        JettySolrRunner node = node(words);
                        cluster.startJettySolrRunner(node, true);
                        cluster.waitForNode(node, 60);
                        say("OK started node " + words[1] + " " + "http://127.0.0.1:" + node.getLocalPort() + "/solr");
                    }
                    case "zk-stop" -> {
                        zk.shutdown();
                        say("OK zookeeper stopped");
                    }
                    case "zk-start" -> {
                        zk.run(false);
                        say("OK zookeeper started");
                    }
                    case "status" -> say("OK " + nodes.stream().map(n -> n.isRunning() ? "up" : "down").toList());
                    case "quit" -> {
                        return;
                    }
                    case "" -> { }
                    default -> say("ERR unknown command " + words[0]);
                }
            } catch (Exception e) {
                say("ERR " + words[0] + ": " + e);
            }
        }
    }

    private JettySolrRunner node(String[] words) {
        int n = Integer.parseInt(words[1]);
        if (n < 1 || n > nodes.size()) throw new IllegalArgumentException("no node " + n + " (1.." + nodes.size() + ")");
        return nodes.get(n - 1);
    }

    private volatile boolean stopped;

    private synchronized void stopQuietly() {
        if (stopped) return;
        stopped = true;
        try {
            cluster.shutdown();
        } catch (Exception e) {
            System.err.println("solr-local: stopping: " + e);
        }
    }

    /** Replies carry a prefix: Solr's own logging may write to standard output too. */
    static final String REPLY = "@@ ";

    private static void say(String line) {
        System.out.println(REPLY + line);
        System.out.flush();
    }

    private static void fail(String message) {
        System.err.println("solr-local: " + message);
        System.exit(2);
    }
}
