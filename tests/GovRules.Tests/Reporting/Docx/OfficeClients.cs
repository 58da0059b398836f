using System.Diagnostics;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;

namespace GovRules.Tests.Reporting.Docx;

/// <summary>The Open XML SDK validator and LibreOffice, as a second and third opinion on an annotated file.</summary>
internal static class OfficeClients
{
    /// <summary>Schema and semantic errors the Open XML SDK validator reports (newest format version 2.20 knows).</summary>
    public static IReadOnlyList<string> ValidationErrors(string docx)
    {
        using var stream = new MemoryStream(File.ReadAllBytes(docx));
        using var package = WordprocessingDocument.Open(stream, false);
        return new OpenXmlValidator(FileFormatVersions.Microsoft365).Validate(package)
            .Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}").ToList();
    }

    /// <summary>Converts the files to PDF with LibreOffice headless (one run, a private profile); returns the PDF paths.</summary>
    public static IReadOnlyList<string> ConvertToPdf(IReadOnlyList<string> docxFiles, string outputFolder) => Convert(docxFiles, outputFolder, "pdf");

    /// <summary>Converts the files with LibreOffice headless to <paramref name="format"/> (e.g. "pdf", "fodt"); returns the output paths.</summary>
    public static IReadOnlyList<string> Convert(IReadOnlyList<string> docxFiles, string outputFolder, string format)
    {
        var profile = Path.Combine(Path.GetTempPath(), $"lo-profile-govrules-{Guid.NewGuid():N}");
        var start = new ProcessStartInfo("soffice") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { $"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", format, "--outdir", outputFolder })
            start.ArgumentList.Add(arg);
        foreach (var file in docxFiles) start.ArgumentList.Add(file);
        try
        {
            using var process = Process.Start(start)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(TimeSpan.FromMinutes(8)))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException("LibreOffice did not finish converting in 8 minutes");
            }
            process.ExitCode.ShouldBe(0, $"soffice: {stdout.Result} {stderr.Result}");
        }
        finally
        {
            if (Directory.Exists(profile)) Directory.Delete(profile, recursive: true);
        }
        return docxFiles.Select(f => Path.Combine(outputFolder, Path.GetFileNameWithoutExtension(f) + "." + format)).ToList();
    }
}
