import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * Draws DriftLab's application icon: a PCM crossbar (word and bit lines, one device at each crossing, shaded by
 * its conductance) behind the drift of a conductance over log time, G(t) = G0 (t / t0)^-nu, for a spread of drift
 * exponents nu. Writes driftlab.png (256 px, Linux), driftlab.ico (Windows) and driftlab.icns (macOS) next to this
 * file. Run from the repository root: java -Djava.awt.headless=true assets/icon/DrawIcon.java
 */
public class DrawIcon {
    private static final double DESIGN = 256;

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args.length > 0 ? args[0] : "assets/icon");
        Files.createDirectories(folder);
        ImageIO.write(draw(256), "png", folder.resolve("driftlab.png").toFile());
        Files.write(folder.resolve("driftlab.ico"), ico(16, 24, 32, 48, 64, 128, 256));
        Files.write(folder.resolve("driftlab.icns"), icns());
        System.out.println("wrote driftlab.png, driftlab.ico and driftlab.icns in " + folder);
    }

    static BufferedImage draw(int size) {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.scale(size / DESIGN, size / DESIGN);

        g.setPaint(new GradientPaint(0, 0, new Color(0x17, 0x2a, 0x4a), 0, 256, new Color(0x0b, 0x15, 0x28)));
        g.fill(new RoundRectangle2D.Double(8, 8, 240, 240, 56, 56));

        drawCrossbar(g);
        drawDrift(g);
        g.dispose();
        return image;
    }

    private static void drawCrossbar(Graphics2D g) {
        double[] lines = {60, 102, 144, 186};
        g.setStroke(new BasicStroke(5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.setColor(new Color(0x3d, 0x5a, 0x80));
        for (double p : lines) {
            g.draw(new Line2D.Double(38, p, 218, p));
            g.draw(new Line2D.Double(p, 38, p, 218));
        }
        double[][] conductance = {{0.9, 0.4, 0.7, 0.2}, {0.3, 0.8, 0.5, 0.6}, {0.6, 0.2, 0.9, 0.4}, {0.5, 0.7, 0.3, 0.8}};
        for (int row = 0; row < lines.length; row++) {
            for (int column = 0; column < lines.length; column++) {
                float level = (float) conductance[row][column];
                g.setColor(new Color(0.35f + 0.45f * level, 0.55f + 0.35f * level, 0.75f + 0.2f * level));
                g.fill(new Ellipse2D.Double(lines[column] - 9, lines[row] - 9, 18, 18));
            }
        }
    }

    /** Conductance against log time: a band of drift exponents and the curve of the mean exponent. */
    private static void drawDrift(Graphics2D g) {
        double[] exponents = {0.02, 0.06, 0.10};
        Path2D upper = curve(exponents[0], false);
        Path2D lower = curve(exponents[2], true);
        Path2D band = new Path2D.Double(upper);
        band.append(lower, true);
        band.closePath();
        g.setColor(new Color(255, 170, 60, 80));
        g.fill(band);

        g.setStroke(new BasicStroke(14f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.setColor(new Color(0x0b, 0x15, 0x28, 200));
        g.draw(curve(exponents[1], false));
        g.setStroke(new BasicStroke(9f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.setColor(new Color(0xff, 0x9f, 0x1c));
        g.draw(curve(exponents[1], false));
        g.setColor(new Color(0xff, 0xe0, 0xa0));
        g.fill(new Ellipse2D.Double(36 - 10, y(0, exponents[1]) - 10, 20, 20));
    }

    private static Path2D curve(double exponent, boolean reversed) {
        List<double[]> points = new ArrayList<>();
        for (int i = 0; i <= 40; i++) {
            double decades = 8.0 * i / 40;
            points.add(new double[] {36 + 184 * decades / 8.0, y(decades, exponent)});
        }
        if (reversed) {
            java.util.Collections.reverse(points);
        }
        Path2D path = new Path2D.Double();
        path.moveTo(points.get(0)[0], points.get(0)[1]);
        for (double[] point : points.subList(1, points.size())) {
            path.lineTo(point[0], point[1]);
        }
        return path;
    }

    /** Height of G0 (t / t0)^-nu, t = t0 * 10^decades, with G0 at the top of the plot. */
    private static double y(double decades, double exponent) {
        double ratio = Math.pow(10, -exponent * decades);
        return 70 + 150 * (1 - ratio) / (1 - Math.pow(10, -0.1 * 8)) * 0.85;
    }

    private static byte[] png(int size) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(draw(size), "png", bytes);
        return bytes.toByteArray();
    }

    /** A Windows icon whose entries are PNG images (supported since Windows Vista). */
    private static byte[] ico(int... sizes) throws IOException {
        List<byte[]> images = new ArrayList<>();
        for (int size : sizes) {
            images.add(png(size));
        }
        int total = 6 + 16 * sizes.length + images.stream().mapToInt(b -> b.length).sum();
        ByteBuffer out = ByteBuffer.allocate(total).order(ByteOrder.LITTLE_ENDIAN);
        out.putShort((short) 0).putShort((short) 1).putShort((short) sizes.length);
        int offset = 6 + 16 * sizes.length;
        for (int i = 0; i < sizes.length; i++) {
            out.put((byte) (sizes[i] >= 256 ? 0 : sizes[i])).put((byte) (sizes[i] >= 256 ? 0 : sizes[i]));
            out.put((byte) 0).put((byte) 0).putShort((short) 1).putShort((short) 32);
            out.putInt(images.get(i).length).putInt(offset);
            offset += images.get(i).length;
        }
        images.forEach(out::put);
        return out.array();
    }

    /** A macOS icon family of PNG entries: icp4 16, icp5 32, ic07 128, ic08 256, ic09 512, ic10 1024 px. */
    private static byte[] icns() throws IOException {
        String[] types = {"icp4", "icp5", "ic07", "ic08", "ic09", "ic10"};
        int[] sizes = {16, 32, 128, 256, 512, 1024};
        List<byte[]> images = new ArrayList<>();
        for (int size : sizes) {
            images.add(png(size));
        }
        int total = 8 + images.stream().mapToInt(b -> 8 + b.length).sum();
        ByteBuffer out = ByteBuffer.allocate(total).order(ByteOrder.BIG_ENDIAN);
        out.put("icns".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt(total);
        for (int i = 0; i < types.length; i++) {
            out.put(types[i].getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt(8 + images.get(i).length);
            out.put(images.get(i));
        }
        return out.array();
    }
}
