package org.zielbild.packaging;

import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * The installers' icons, made at build time from the app icon: a PNG for Linux, an ICO for
 * Windows, an ICNS for macOS. Each size comes from the PNG rendered from {@code assets/icon.svg}
 * for that size when there is one (sharper at 16 and 32 pixels), otherwise it is scaled down from
 * {@code assets/icon.png}. Plain Java: no tool to download.
 */
public final class IconFiles {

    /** The files {@link #writeAll} makes: for Linux, Windows, macOS. */
    public static final List<String> FILES = List.of("zielbild.png", "zielbild.ico", "zielbild.icns");
    /** Sizes an ICO holds: Explorer's small to extra-large views. */
    static final List<Integer> ICO_SIZES = List.of(16, 24, 32, 48, 64, 128, 256);
    /** ICNS entry types and their pixel sizes (PNG-encoded entries, macOS 10.7 and later). */
    static final Map<String, Integer> ICNS_TYPES = icnsTypes();

    private final Path master;
    private final Path rendered;

    /**
     * @param master   the large icon ({@code assets/icon.png})
     * @param rendered folder with {@code icon-<size>.png} renderings of the SVG, may lack sizes
     */
    public IconFiles(Path master, Path rendered) {
        this.master = master;
        this.rendered = rendered;
    }

    /** Writes {@code zielbild.png}, {@code zielbild.ico} and {@code zielbild.icns} into {@code folder}. */
    public void writeAll(Path folder) throws IOException {
        Files.createDirectories(folder);
        Files.write(folder.resolve("zielbild.png"), png(image(256)));
        Files.write(folder.resolve("zielbild.ico"), ico());
        Files.write(folder.resolve("zielbild.icns"), icns());
    }

    /** An ICO: 32-bit bitmaps below 256 pixels (what every Windows reads), a PNG at 256. */
    byte[] ico() throws IOException {
        List<byte[]> payloads = ICO_SIZES.stream().map(s -> s >= 256 ? png(image(s)) : dib(image(s))).toList();
        ByteBuffer out = ByteBuffer.allocate(6 + 16 * payloads.size()
                + payloads.stream().mapToInt(p -> p.length).sum()).order(ByteOrder.LITTLE_ENDIAN);
        out.putShort((short) 0).putShort((short) 1).putShort((short) payloads.size());
        int offset = 6 + 16 * payloads.size();
        for (int i = 0; i < payloads.size(); i++) {
            int size = ICO_SIZES.get(i);
            out.put((byte) (size >= 256 ? 0 : size)).put((byte) (size >= 256 ? 0 : size)).put((byte) 0).put((byte) 0);
            out.putShort((short) 1).putShort((short) 32).putInt(payloads.get(i).length).putInt(offset);
            offset += payloads.get(i).length;
        }
        payloads.forEach(out::put);
        return out.array();
    }

    /** An ICNS: the magic, the total length, then one PNG per entry type (all big-endian). */
    byte[] icns() throws IOException {
        ByteArrayOutputStream entries = new ByteArrayOutputStream();
        DataOutputStream data = new DataOutputStream(entries);
        for (Map.Entry<String, Integer> type : ICNS_TYPES.entrySet()) {
            byte[] png = png(image(type.getValue()));
            data.write(type.getKey().getBytes(StandardCharsets.US_ASCII));
            data.writeInt(8 + png.length);
            data.write(png);
        }
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        DataOutputStream header = new DataOutputStream(file);
        header.write("icns".getBytes(StandardCharsets.US_ASCII));
        header.writeInt(8 + entries.size());
        entries.writeTo(file);
        return file.toByteArray();
    }

    /** The icon at {@code size} pixels square. */
    BufferedImage image(int size) {
        try {
            Path exact = rendered.resolve("icon-" + size + ".png");
            BufferedImage source = ImageIO.read((Files.exists(exact) ? exact : master).toFile());
            return source.getWidth() == size ? argb(source) : scaled(argb(source), size);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Halves until close, then one bicubic step: a single big step would alias the rings. */
    private static BufferedImage scaled(BufferedImage source, int size) {
        BufferedImage current = source;
        while (current.getWidth() / 2 >= size) {
            current = draw(current, current.getWidth() / 2);
        }
        return current.getWidth() == size ? current : draw(current, size);
    }

    private static BufferedImage draw(BufferedImage source, int size) {
        BufferedImage out = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        var g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.drawImage(source, 0, 0, size, size, null);
        g.dispose();
        return out;
    }

    private static BufferedImage argb(BufferedImage source) {
        return source.getType() == BufferedImage.TYPE_INT_ARGB ? source : draw(source, source.getWidth());
    }

    static byte[] png(BufferedImage image) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A 32-bit BGRA device-independent bitmap as ICO stores it: bottom-up, doubled height, an empty AND mask. */
    static byte[] dib(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        int maskRow = ((w + 31) / 32) * 4;
        ByteBuffer out = ByteBuffer.allocate(40 + w * h * 4 + maskRow * h).order(ByteOrder.LITTLE_ENDIAN);
        out.putInt(40).putInt(w).putInt(2 * h).putShort((short) 1).putShort((short) 32)
                .putInt(0).putInt(w * h * 4 + maskRow * h).putInt(0).putInt(0).putInt(0).putInt(0);
        for (int y = h - 1; y >= 0; y--) {
            for (int x = 0; x < w; x++) {
                out.putInt(image.getRGB(x, y)); // ARGB as a little-endian int is B, G, R, A
            }
        }
        return out.array(); // the AND mask stays zero: transparency comes from the alpha channel
    }

    private static Map<String, Integer> icnsTypes() {
        Map<String, Integer> types = new LinkedHashMap<>();
        types.put("icp4", 16);
        types.put("icp5", 32);
        types.put("icp6", 64);
        types.put("ic07", 128);
        types.put("ic08", 256);
        types.put("ic09", 512);
        types.put("ic11", 32);
        types.put("ic12", 64);
        types.put("ic13", 256);
        types.put("ic14", 512);
        return types;
    }
}
