using GovRules.Reporting;

namespace GovRules.Tests.Reporting;

public sealed class AtomicFileTests
{
    [Fact]
    public void Writing_replaces_an_existing_file_whole_and_leaves_nothing_else_behind()
    {
        var dir = Directory.CreateTempSubdirectory("govrules-atomic-");
        try
        {
            var target = Path.Combine(dir.FullName, "raportti.md");
            File.WriteAllText(target, new string('x', 100_000));
            AtomicFile.WriteAllText(target, "# Raportti\nä § ”\n");
            File.ReadAllText(target).ShouldBe("# Raportti\nä § ”\n");
            File.ReadAllBytes(target)[0].ShouldBe((byte)'#', "no byte-order mark");
            dir.GetFiles().Select(f => f.Name).ShouldBe(["raportti.md"]);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void A_failed_write_leaves_no_partial_or_temporary_file()
    {
        var dir = Directory.CreateTempSubdirectory("govrules-atomic-");
        try
        {
            var blocked = Path.Combine(dir.FullName, "raportti.html");
            Directory.CreateDirectory(blocked);
            Should.Throw<IOException>(() => AtomicFile.WriteAllText(blocked, "<html></html>"));
            dir.GetFiles().ShouldBeEmpty();
            Directory.Exists(blocked).ShouldBeTrue();
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
