package rodtrad.bench;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import se.rodtrad.documents.DocumentService;

/**
 * Rendering plans to PDF inside the product's JVM: the time of one render (cold, then warm median) and the
 * memory it takes — bytes allocated by the rendering thread and the heap's peak above what was live before. The
 * baseline is openhtmltopdf itself with the product's settings (fast mode, PDF/UA, PDF/A-3u, DejaVu embedded)
 * laying out a plain HTML page that holds the same text as the plan's PDF: what the library needs for that much
 * text, without our data access, templates and structure.
 */
final class DocumentBench {

    record Measured(double coldMillis, double medianMillis, double p90Millis, long allocatedBytes, long heapPeakBytes, int pages,
            int chars, int bytes) {
    }

    private final DocumentService documents;

    DocumentBench(DocumentService documents) {
        this.documents = documents;
    }

    Measured plan(UUID planId, int warmups, int runs) {
        long t0 = System.nanoTime();
        byte[] first = InProcess.asAdmin(() -> documents.planPdf(planId));
        double cold = (System.nanoTime() - t0) / 1e6;
        return measure(() -> InProcess.asAdmin(() -> documents.planPdf(planId)), first, cold, warmups, runs);
    }

    /** Any document: the first render (cold), then warm runs and the memory of one more. */
    Measured render(Supplier<byte[]> document, int warmups, int runs) {
        long t0 = System.nanoTime();
        byte[] first = document.get();
        double cold = (System.nanoTime() - t0) / 1e6;
        return measure(document, first, cold, warmups, runs);
    }

    /** openhtmltopdf with the product's settings on plain paragraphs holding {@code text}. */
    Measured baseline(String text, int warmups, int runs) throws Exception {
        StringBuilder html = new StringBuilder("<html><head><style>body { font-family: 'DejaVu Sans'; font-size: 10pt; }</style>"
                + "<title>Baslinje</title></head><body>");
        for (String para : text.split("\n")) {
            if (!para.isBlank()) {
                html.append("<p>").append(para.replace("&", "&amp;").replace("<", "&lt;")).append("</p>");
            }
        }
        html.append("</body></html>");
        byte[][] fonts = new byte[4][];
        String[] files = {"fonts/DejaVuSans.ttf", "fonts/DejaVuSans-Bold.ttf", "fonts/DejaVuSans-Oblique.ttf", "fonts/DejaVuSans-BoldOblique.ttf"};
        for (int i = 0; i < 4; i++) {
            try (InputStream in = DocumentBench.class.getClassLoader().getResourceAsStream(files[i])) {
                fonts[i] = in.readAllBytes();
            }
        }
        String page = html.toString();
        Supplier<byte[]> render = () -> {
            try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
                PdfRendererBuilder builder = new PdfRendererBuilder();
                builder.useFastMode();
                builder.usePdfUaAccessibility(true);
                builder.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_3_U);
                for (int i = 0; i < 4; i++) {
                    byte[] f = fonts[i];
                    builder.useFont(() -> new java.io.ByteArrayInputStream(f), "DejaVu Sans", i % 2 == 0 ? 400 : 700,
                            i < 2 ? BaseRendererBuilder.FontStyle.NORMAL : BaseRendererBuilder.FontStyle.ITALIC, true);
                }
                builder.withHtmlContent(page, "classpath:/");
                builder.toStream(out);
                builder.run();
                return out.toByteArray();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        };
        long t0 = System.nanoTime();
        byte[] first = render.get();
        double cold = (System.nanoTime() - t0) / 1e6;
        return measure(render, first, cold, warmups, runs);
    }

    static String text(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    static int pages(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return doc.getNumberOfPages();
        } catch (Exception e) {
            return -1;
        }
    }

    private Measured measure(Supplier<byte[]> render, byte[] first, double coldMillis, int warmups, int runs) {
        for (int i = 0; i < warmups; i++) {
            render.get();
        }
        double[] times = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            render.get();
            times[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(times);
        // memory of one more render, measured on its own
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        List<MemoryPoolMXBean> heap = new ArrayList<>();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                heap.add(pool);
            }
        }
        System.gc();
        long live = heap.stream().mapToLong(p -> p.getUsage().getUsed()).sum();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        long before = threads.getThreadAllocatedBytes(Thread.currentThread().getId());
        byte[] pdf = render.get();
        long allocated = threads.getThreadAllocatedBytes(Thread.currentThread().getId()) - before;
        long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum() - live;
        int chars = 0;
        try {
            chars = first == null ? 0 : text(first).length();
        } catch (Exception e) {
            chars = -1;
        }
        return new Measured(coldMillis, times[runs / 2], times[Math.min(runs - 1, (int) Math.ceil(runs * 0.9) - 1)], allocated, peak,
                first == null ? 0 : pages(first), chars, pdf.length);
    }
}
