import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Checks what a release would publish (a Maven repository layout) before anything is uploaded:
 * every artifact has its pom, jar, sources and javadoc jars, each with a signature (and matching
 * MD5 and SHA-1 checksums where there are any: Sonatype's plugin writes them into its bundle); every POM resolves the metadata Central requires (name, description,
 * url, license, developer, scm) with the repository's URLs not suffixed by the artifactId; every
 * jar names its Automatic-Module-Name and carries one fixed timestamp (reproducible); and the
 * bundle holds exactly the BOM's modules plus the BOM and the parent, never a program module.
 *
 * <p>Usage: {@code java CheckBundle.java <repo> <bom/pom.xml> <version>}; exits 1 listing every
 * problem.
 */
public final class CheckBundle {

    private static final String GROUP_PATH = "io/github/ghlplezi";
    private static final String GROUP_ID = "io.github.ghlplezi";
    private static final Set<String> NEVER_PUBLISHED = Set.of("examples", "benchmarks", "connector");

    private final Path repo;
    private final String version;
    private final List<String> problems = new ArrayList<>();

    private CheckBundle(Path repo, String version) {
        this.repo = repo;
        this.version = version;
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            throw new IllegalArgumentException("usage: CheckBundle <repo> <bom/pom.xml> <version>");
        }
        CheckBundle check = new CheckBundle(Path.of(args[0]), args[2]);
        Set<String> expected = new TreeSet<>(check.bomModules(Path.of(args[1])));
        expected.add("ghl-plezi-bom");
        expected.add("ghl-plezi-parent");
        Set<String> found = check.artifactIds();
        if (!found.equals(expected)) {
            check.problems.add("the bundle holds " + found + ", the BOM lists " + expected
                    + " (a published module missing from bom/pom.xml, or a module not deployed)");
        }
        for (String artifactId : found) {
            if (NEVER_PUBLISHED.contains(artifactId)) {
                check.problems.add(artifactId + " is a program and must not be published");
            }
            check.artifact(artifactId);
        }
        if (!check.problems.isEmpty()) {
            check.problems.forEach(p -> System.err.println("bundle: " + p));
            System.exit(1);
        }
        System.out.println("bundle: " + found.size() + " artifacts " + found
                + ": pom, jar, sources, javadoc, signatures and metadata in order");
    }

    private Set<String> bomModules(Path bomPom) throws Exception {
        Set<String> modules = new TreeSet<>();
        Element managed = child(root(bomPom), "dependencyManagement");
        for (Element dependency : children(child(managed, "dependencies"), "dependency")) {
            modules.add(text(dependency, "artifactId"));
        }
        return modules;
    }

    private Set<String> artifactIds() throws IOException {
        Set<String> ids = new TreeSet<>();
        try (Stream<Path> dirs = Files.list(repo.resolve(GROUP_PATH))) {
            dirs.filter(Files::isDirectory).forEach(d -> ids.add(d.getFileName().toString()));
        }
        return ids;
    }

    private void artifact(String artifactId) throws Exception {
        Path dir = repo.resolve(GROUP_PATH).resolve(artifactId).resolve(version);
        String base = artifactId + "-" + version;
        Path pom = dir.resolve(base + ".pom");
        if (!Files.exists(pom)) {
            problems.add(artifactId + ": no " + pom.getFileName());
            return;
        }
        List<String> files = new ArrayList<>(List.of(base + ".pom"));
        Element project = root(pom);
        String packaging = text(project, "packaging");
        if (packaging == null || packaging.equals("jar")) {
            files.addAll(List.of(base + ".jar", base + "-sources.jar", base + "-javadoc.jar"));
            jar(artifactId, dir.resolve(base + ".jar"));
        }
        for (String file : files) {
            signedAndSummed(artifactId, dir, file);
        }
        metadata(artifactId, project, dir);
    }

    private void signedAndSummed(String artifactId, Path dir, String file) throws Exception {
        Path path = dir.resolve(file);
        if (!Files.exists(path)) {
            problems.add(artifactId + ": no " + file);
            return;
        }
        if (!Files.exists(dir.resolve(file + ".asc"))) {
            problems.add(artifactId + ": " + file + " is not signed");
        }
        for (String[] sum : new String[][] {{"md5", "MD5"}, {"sha1", "SHA-1"}}) {
            Path sumFile = dir.resolve(file + "." + sum[0]);
            if (!Files.exists(sumFile)) {
                continue;
            }
            String expected = HexFormat.of().formatHex(
                    MessageDigest.getInstance(sum[1]).digest(Files.readAllBytes(path)));
            String written = Files.readString(sumFile).trim().split("\\s+")[0];
            if (!written.equalsIgnoreCase(expected)) {
                problems.add(artifactId + ": " + sumFile.getFileName() + " does not match " + file);
            }
        }
    }

    private void jar(String artifactId, Path jar) throws IOException {
        if (!Files.exists(jar)) {
            return;
        }
        try (JarFile file = new JarFile(jar.toFile())) {
            String name = file.getManifest() == null ? null
                    : file.getManifest().getMainAttributes().getValue("Automatic-Module-Name");
            if (name == null || !name.startsWith(GROUP_ID + ".")) {
                problems.add(artifactId + ": the jar's Automatic-Module-Name is " + name);
            }
            Set<Long> times = new TreeSet<>();
            file.stream().forEach(e -> times.add(e.getTime()));
            if (times.size() != 1) {
                problems.add(artifactId + ": jar entries carry " + times.size()
                        + " timestamps; a reproducible build gives them one");
            }
        }
    }

    /**
     * Walks the parent chain inside the bundle, as Central does, for the inherited metadata. An
     * inherited url or scm is suffixed with each child's artifactId unless the POM that defines it
     * says {@code child.*.inherit.append.path="false"} (Maven carries that down the chain).
     */
    private void metadata(String artifactId, Element project, Path dir) throws Exception {
        for (String required : List.of("name", "description")) {
            if (text(project, required) == null) {
                problems.add(artifactId + ": the POM has no <" + required + ">");
            }
        }
        boolean url = false;
        boolean scm = false;
        boolean licenses = false;
        boolean developers = false;
        Element current = project;
        boolean inherited = false;
        while (current != null) {
            if (!url && text(current, "url") != null) {
                url = true;
                if (inherited && !"false".equals(current.getAttribute("child.project.url.inherit.append.path"))) {
                    problems.add(artifactId + ": inherits a url that Maven suffixes with the artifactId");
                }
            }
            Element scmElement = child(current, "scm");
            if (!scm && scmElement != null) {
                scm = true;
                String connection = text(scmElement, "connection");
                if (text(scmElement, "url") == null || connection == null || !connection.endsWith(".git")) {
                    problems.add(artifactId + ": scm needs a url and a git connection");
                }
                for (String part : List.of("url", "connection", "developerConnection")) {
                    if (inherited && !"false".equals(scmElement.getAttribute("child.scm." + part + ".inherit.append.path"))) {
                        problems.add(artifactId + ": inherits an scm " + part + " that Maven suffixes with the artifactId");
                    }
                }
            }
            licenses |= child(current, "licenses") != null;
            developers |= child(current, "developers") != null;
            Element parent = child(current, "parent");
            if (parent == null || !GROUP_ID.equals(text(parent, "groupId"))) {
                break;
            }
            String parentId = text(parent, "artifactId");
            Path parentPom = dir.getParent().getParent().resolve(parentId).resolve(version)
                    .resolve(parentId + "-" + version + ".pom");
            if (!Files.exists(parentPom)) {
                problems.add(artifactId + ": parent " + parentId + " is not in the bundle");
                break;
            }
            current = root(parentPom);
            inherited = true;
        }
        if (!url || !scm || !licenses || !developers) {
            problems.add(artifactId + ": url, scm, licenses or developers missing along the parent chain");
        }
    }

    private static Element root(Path pom) throws Exception {
        try (InputStream in = Files.newInputStream(pom)) {
            return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in).getDocumentElement();
        }
    }

    private static Element child(Element parent, String name) {
        if (parent == null) {
            return null;
        }
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(name)) {
                return e;
            }
        }
        return null;
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(name)) {
                found.add(e);
            }
        }
        return found;
    }

    private static String text(Element parent, String name) {
        Element e = child(parent, name);
        return e == null ? null : e.getTextContent().trim();
    }
}
