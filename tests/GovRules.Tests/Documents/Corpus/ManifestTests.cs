using System.Diagnostics;
using GovRules.Documents;

namespace GovRules.Tests.Documents.Corpus;

/// <summary>
/// Every third-party file of the corpus through the public reader: files marked "parse" are read
/// with text, files marked "reject" are refused with the specific reason, and no other exception
/// escapes, each within a time bound.
/// </summary>
[Collection(nameof(ManifestTests))]
public sealed class ManifestTests
{
    // The bound is on CPU time: the machine running the suite may be shared, and wall-clock time then
    // says more about the neighbours than about the reader. The wall-clock bound only catches hangs.
    private static readonly TimeSpan PerFileCpuBound = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan PerFileWallBound = TimeSpan.FromSeconds(60);

    // Files whose body genuinely holds no text once tracked changes are accepted (checked with unzip -p FILE word/document.xml).
    private static readonly HashSet<string> WithoutBodyText = new(StringComparer.Ordinal)
    {
        "libreoffice/mammoth__external-picture.docx", // a linked picture only
        "libreoffice/poi__comment.docx", // an empty paragraph with a comment
        "libreoffice/python-docx__doc-customprops.docx", // custom properties, empty body
        "libreoffice/poi__bug69042.docx", // empty body
        "other/poi__Bug60341.docx", // empty body
        "other/poi__zero-length.docx", // empty body
        "word/poi__Tika-792.docx", // every character is a tracked deletion or a moved-away insertion
        "word/oxsdk__Comment051.docx", // its only paragraph is a tracked deletion
        "smartart/python-docx__shp-inline-shape-access.docx", // pictures and a diagram only
        "smartart/powertools__SmartArt.docx", // a diagram only
    };

    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        foreach (var entry in ManifestEntry.All) data.Add(entry.File);
        return data;
    }

    [Fact]
    public void Files_without_body_text_have_none_in_the_original_view_either_or_hold_only_deletions()
    {
        var withDeletions = new[] { "word/poi__Tika-792.docx", "word/oxsdk__Comment051.docx" };
        foreach (var file in withDeletions)
            DocumentReader.Read(CorpusFiles.PathOf(file), new ReadOptions { Changes = ChangeView.Original }).Blocks.ShouldNotBeEmpty(file);
        foreach (var file in WithoutBodyText.Except(withDeletions))
            DocumentReader.Read(CorpusFiles.PathOf(file), new ReadOptions { Changes = ChangeView.Original }).Blocks.ShouldBeEmpty(file);
    }

    [Fact]
    public void The_manifest_lists_every_corpus_file()
    {
        ManifestEntry.All.Count.ShouldBe(143);
        ManifestEntry.All.Count(e => e.MustParse).ShouldBe(123);
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Each_file_is_read_or_refused_as_the_manifest_says(string file)
    {
        var entry = ManifestEntry.All.Single(e => e.File == file);
        var path = CorpusFiles.PathOf(file);
        var clock = Stopwatch.StartNew();
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        Exception? failure = null;
        GovDocument? document = null;
        try
        {
            document = DocumentReader.Read(path);
        }
        catch (Exception e)
        {
            failure = e;
        }
        var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
        cpu.ShouldBeLessThan(PerFileCpuBound, $"{file} took {cpu.TotalSeconds:F1} s of CPU time");
        clock.Elapsed.ShouldBeLessThan(PerFileWallBound, $"{file} took {clock.Elapsed.TotalSeconds:F1} s");

        if (entry.MustParse)
        {
            failure.ShouldBeNull($"{file} must parse ({entry.Notes})");
            if (!WithoutBodyText.Contains(file))
                document!.Blocks.ShouldNotBeEmpty($"{file} has body text");
            return;
        }
        var rejection = failure.ShouldBeOfType<DocumentRejectedException>($"{file} must be refused cleanly, not with {failure?.GetType().Name}");
        rejection.Reason.ShouldBe(entry.ExpectedReason, rejection.Message);
        rejection.SourceName.ShouldBe(path);
        rejection.Message.ShouldStartWith(path + ":");
        rejection.Message.ShouldNotContain("\n");
    }
}

/// <summary>The corpus run is timed, so it runs alone rather than beside other test classes.</summary>
[CollectionDefinition(nameof(ManifestTests), DisableParallelization = true)]
public sealed class ManifestTestsCollection;
