package asyncscope.app.ui;

import asyncscope.app.model.StageState;
import asyncscope.app.model.TraceModel;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.function.IntConsumer;
import javafx.application.Platform;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;

/**
 * A range of the run as an animation for slides: the stage at evenly spaced points from one event to another,
 * written as an animated GIF (looping, a fixed delay per frame) or as a numbered PNG sequence
 * ({@code stage-0001.png}, …) for a slide tool or a video encoder. Frames are drawn on the UI thread one per
 * pulse ({@link StageExport}), so the window stays responsive, and encoded on a thread of their own.
 */
public final class AnimationExport {
    private AnimationExport() {}

    /** What to write. */
    public enum Format { GIF, PNG_SEQUENCE }

    /** The most frames one export writes. */
    public static final int MAX_FRAMES = 600;

    /**
     * From event index {@code from} to {@code to} (inclusive, 0..model size), {@code frames} frames at
     * {@code k}× pixels, {@code frameMillis} each in a GIF. {@code target}: the GIF file, or the directory the
     * PNG sequence goes into.
     */
    public record Request(int from, int to, int frames, int k, Format format, Path target, int frameMillis) {
        public Request {
            if (frames < 1 || frames > MAX_FRAMES) {
                throw new IllegalArgumentException("frames must be 1.." + MAX_FRAMES + ", got " + frames);
            }
            if (from < 0 || to < from) {
                throw new IllegalArgumentException("the range must run forward from event 0 or later, got " + from + ".." + to);
            }
            if (frameMillis < 10 || frameMillis > 10_000) {
                throw new IllegalArgumentException("a frame lasts 10..10,000 ms, got " + frameMillis);
            }
        }
    }

    /** What was written: the files (one GIF, or the PNGs in order), the frame count and their size. */
    public record Written(List<Path> files, int frames, int width, int height) {}

    /** {@code frames} event positions evenly spaced from {@code from} to {@code to}, both included, none repeated. */
    public static int[] positions(int from, int to, int frames) {
        int n = Math.min(frames, to - from + 1);
        int[] at = new int[n];
        for (int i = 0; i < n; i++) {
            at[i] = n == 1 ? from : from + (int) Math.round((double) i * (to - from) / (n - 1));
        }
        return at;
    }

    /**
     * Starts the export (UI thread). {@code progress} hears the number of frames written so far; the future
     * completes (on the writer thread) when every file is written, or fails with the I/O error.
     */
    public static CompletableFuture<Written> start(TraceModel m, StageExport.Look look, double w, double h, Request r,
                                                   IntConsumer progress) {
        if (r.to() > m.size()) {
            throw new IllegalArgumentException("the run has " + m.size() + " events; the range ends at " + r.to());
        }
        StageExport painter = new StageExport(m, look, w, h, r.k());
        int[] at = positions(r.from(), r.to(), r.frames());
        BlockingQueue<Object> frames = new ArrayBlockingQueue<>(4); // BufferedImage per frame, then END (or a Throwable)
        CompletableFuture<Written> done = new CompletableFuture<>();
        Thread writer = new Thread(() -> {
            try {
                done.complete(write(r, at.length, painter.width(), painter.height(), frames, progress));
            } catch (Throwable e) {
                done.completeExceptionally(e);
            }
        }, "asyncscope-animation-export");
        writer.setDaemon(true);
        writer.start();
        StageState s = m.newState();
        drawFrom(0, at, m, s, painter, frames, done);
        return done;
    }

    private static final Object END = new Object();

    /** Draws frame {@code i} and schedules the next for a later pulse, so the UI thread is never held long. */
    private static void drawFrom(int i, int[] at, TraceModel m, StageState s, StageExport painter, BlockingQueue<Object> frames,
                                 CompletableFuture<Written> done) {
        if (done.isDone()) {
            return; // the writer failed: stop drawing
        }
        try {
            if (i == at.length) {
                frames.put(END);
                return;
            }
            m.seek(s, at[i]);
            BufferedImage img = StageExport.toOpaque(painter.render(s));
            // the queue is short: wait for the writer off the UI thread, then draw the next frame
            CompletableFuture.runAsync(() -> {
                try {
                    frames.put(img);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }).thenRun(() -> Platform.runLater(() -> drawFrom(i + 1, at, m, s, painter, frames, done)));
        } catch (Throwable e) {
            frames.offer(e);
            done.completeExceptionally(e);
        }
    }

    private static Written write(Request r, int n, int width, int height, BlockingQueue<Object> frames, IntConsumer progress)
            throws Exception {
        List<Path> files = new ArrayList<>();
        ImageWriter gif = null;
        ImageOutputStream out = null;
        if (r.format() == Format.GIF) {
            Path parent = r.target().toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.deleteIfExists(r.target());
            gif = ImageIO.getImageWritersByFormatName("gif").next();
            out = ImageIO.createImageOutputStream(r.target().toFile());
            gif.setOutput(out);
            gif.prepareWriteSequence(null);
            files.add(r.target());
        } else {
            Files.createDirectories(r.target());
        }
        try {
            for (int i = 0; ; i++) {
                Object f = frames.take();
                if (f == END) {
                    break;
                }
                if (f instanceof Throwable t) {
                    throw new IOException("drawing frame " + (i + 1) + " failed: " + t, t);
                }
                BufferedImage img = (BufferedImage) f;
                if (gif != null) {
                    gif.writeToSequence(new IIOImage(img, null, gifFrameMetadata(gif, img, r.frameMillis(), i == 0)), null);
                } else {
                    Path p = r.target().resolve(String.format("stage-%04d.png", i + 1));
                    StageExport.writePng(img, p);
                    files.add(p);
                }
                progress.accept(i + 1);
            }
            if (gif != null) {
                gif.endWriteSequence();
            }
        } finally {
            if (out != null) {
                out.close();
            }
            if (gif != null) {
                gif.dispose();
            }
        }
        return new Written(List.copyOf(files), n, width, height);
    }

    /** GIF frame metadata: the delay (in hundredths of a second) and, on the first frame, loop forever. */
    private static IIOMetadata gifFrameMetadata(ImageWriter w, BufferedImage img, int millis, boolean first) throws IOException {
        IIOMetadata meta = w.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(img), null);
        String fmt = meta.getNativeMetadataFormatName();
        IIOMetadataNode root = (IIOMetadataNode) meta.getAsTree(fmt);
        IIOMetadataNode gce = child(root, "GraphicControlExtension");
        gce.setAttribute("disposalMethod", "none");
        gce.setAttribute("userInputFlag", "FALSE");
        gce.setAttribute("transparentColorFlag", "FALSE");
        gce.setAttribute("delayTime", Integer.toString(Math.max(1, millis / 10)));
        gce.setAttribute("transparentColorIndex", "0");
        if (first) {
            IIOMetadataNode apps = child(root, "ApplicationExtensions");
            IIOMetadataNode app = new IIOMetadataNode("ApplicationExtension");
            app.setAttribute("applicationID", "NETSCAPE");
            app.setAttribute("authenticationCode", "2.0");
            app.setUserObject(new byte[] {1, 0, 0}); // loop count 0: forever
            apps.appendChild(app);
        }
        meta.setFromTree(fmt, root);
        return meta;
    }

    private static IIOMetadataNode child(IIOMetadataNode root, String name) {
        for (int i = 0; i < root.getLength(); i++) {
            if (root.item(i).getNodeName().equalsIgnoreCase(name)) {
                return (IIOMetadataNode) root.item(i);
            }
        }
        IIOMetadataNode n = new IIOMetadataNode(name);
        root.appendChild(n);
        return n;
    }
}
