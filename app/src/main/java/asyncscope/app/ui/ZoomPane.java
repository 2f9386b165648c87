package asyncscope.app.ui;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.scene.Parent;
import javafx.scene.layout.Region;
import javafx.scene.transform.Scale;

/**
 * Zoom for the whole window, as a browser zooms a page: the content is laid out in a box {@code 1/zoom}
 * of the window's size and drawn {@code zoom} times larger, so every text, control and pane grows alike.
 */
public final class ZoomPane extends Region {
    public static final double MIN = 0.5;
    public static final double MAX = 3;
    private final Region content;
    private final Scale scale = new Scale(1, 1, 0, 0);
    private final DoubleProperty zoom = new SimpleDoubleProperty(1);

    public ZoomPane(Region content) {
        this.content = content;
        content.getTransforms().add(scale);
        getChildren().add(content);
        zoom.addListener((o, a, b) -> {
            scale.setX(b.doubleValue());
            scale.setY(b.doubleValue());
            requestLayout();
        });
    }

    @Override
    protected void layoutChildren() {
        double z = zoom.get();
        content.resizeRelocate(0, 0, getWidth() / z, getHeight() / z);
    }

    @Override
    protected double computePrefWidth(double height) {
        return content.prefWidth(height) * zoom.get();
    }

    @Override
    protected double computePrefHeight(double width) {
        return content.prefHeight(width) * zoom.get();
    }

    public DoubleProperty zoomProperty() {
        return zoom;
    }

    /** Multiplies the zoom by {@code f}, kept within {@link #MIN}..{@link #MAX} and on a 5 % grid. */
    public void zoomBy(double f) {
        double z = Math.round(zoom.get() * f * 20) / 20.0;
        zoom.set(Math.max(MIN, Math.min(MAX, z)));
    }

    public Parent content() {
        return content;
    }
}
