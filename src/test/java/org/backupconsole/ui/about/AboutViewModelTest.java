package org.backupconsole.ui.about;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class AboutViewModelTest {

    @Test
    void theBuildListsEveryBundledLibraryWithItsLicense() {
        List<BundledLibrary> libraries = AboutViewModel.bundledLibraries();

        for (String expected : List.of("javafx-controls", "atlantafx-base", "jackson-databind", "picocli", "ikonli-javafx", "controlsfx")) {
            assertTrue(libraries.stream().anyMatch(l -> l.name().equals(expected)), expected + " in " + libraries);
        }
        assertTrue(libraries.stream().allMatch(l -> !l.license().isBlank() && !l.version().isBlank()));
        assertTrue(libraries.contains(new BundledLibrary("controlsfx", "11.2.4", "The 3-Clause BSD License")),
                libraries.toString());
        assertTrue(libraries.stream().noneMatch(l -> l.name().contains("junit") || l.name().contains("testfx")),
                "test libraries are not bundled");
    }

    @Test
    void linesThatAreNotThreeTabSeparatedFieldsAreSkipped() {
        assertEquals(List.of(new BundledLibrary("picocli", "4.7.7", "Apache-2.0")),
                AboutViewModel.parse(List.of("picocli\t4.7.7\tApache-2.0", "", "a broken line")));
    }

    @Test
    void linesNameTheVersionAndRuntime() {
        AboutViewModel about = new AboutViewModel("1.2.3", "2026-11-23T10:00:00Z", "OpenJDK 17.0.15", "21.0.12", List.of());
        assertEquals("Backup Console 1.2.3", about.title());
        assertEquals("Built 2026-11-23T10:00:00Z", about.buildLine());
        assertEquals("Java OpenJDK 17.0.15", about.runtimeLine());
        assertEquals("JavaFX 21.0.12", about.javaFxLine());
    }
}
