package dev.byline.attribution.model;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import opennlp.tools.ml.model.BinaryFileDataReader;
import opennlp.tools.ml.model.GenericModelReader;
import opennlp.tools.ml.model.MaxentModel;

/** Reads the attribution models, from the jar or from a folder that {@code byline train attributions} wrote, into an {@link AttributionTagger}. */
public final class AttributionModels {

    public static final String CUE_MODEL = "attribution-cues.bin.gz";
    public static final String ARGUMENT_MODEL = "attribution-arguments.bin.gz";
    public static final String END_MODEL = "attribution-ends.bin.gz";
    public static final String START_MODEL = "attribution-starts.bin.gz";
    public static final String SOURCE_START_MODEL = "attribution-source-starts.bin.gz";
    public static final String SOURCE_END_MODEL = "attribution-source-ends.bin.gz";
    public static final String LEAD_MODEL = "attribution-leads.bin.gz";
    /** Every model file, by the name it is shipped and saved under. */
    public static final List<String> NAMES = List.of(CUE_MODEL, ARGUMENT_MODEL, START_MODEL, END_MODEL, SOURCE_START_MODEL,
            SOURCE_END_MODEL, LEAD_MODEL);

    private AttributionModels() {}

    /** The models shipped with Byline, read from the jar now (about 30 MB); null when the jar carries none. */
    public static AttributionTagger shipped() {
        Map<String, MaxentModel> models = new java.util.HashMap<>();
        for (String name : NAMES) {
            try (InputStream in = AttributionModels.class.getResourceAsStream(name)) {
                if (in == null) return null;
                models.put(name, read(in));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the attribution model " + name, e);
            }
        }
        try (InputStream in = AttributionModels.class.getResourceAsStream(AttributionDoubt.FILE)) {
            return new AttributionTagger(models, in == null ? null : AttributionDoubt.read(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + AttributionDoubt.FILE, e);
        }
    }

    private static MaxentModel read(InputStream in) throws IOException {
        return new GenericModelReader(new BinaryFileDataReader(new DataInputStream(new GZIPInputStream(in)))).getModel();
    }

    /**
     * The models in {@code directory}, as written by {@code byline train attributions}, with the doubt weights of
     * {@code byline train doubt} when the directory holds them.
     */
    public static AttributionTagger load(java.nio.file.Path directory) throws IOException {
        Map<String, MaxentModel> models = new java.util.HashMap<>();
        for (String name : NAMES) {
            try (InputStream in = java.nio.file.Files.newInputStream(directory.resolve(name))) {
                models.put(name, read(in));
            }
        }
        java.nio.file.Path doubt = directory.resolve(AttributionDoubt.FILE);
        if (!java.nio.file.Files.exists(doubt)) return new AttributionTagger(models);
        try (InputStream in = java.nio.file.Files.newInputStream(doubt)) {
            return new AttributionTagger(models, AttributionDoubt.read(in));
        }
    }
}
