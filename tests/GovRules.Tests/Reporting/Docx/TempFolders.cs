namespace GovRules.Tests.Reporting.Docx;

/// <summary>Fresh folders for a test's outputs, removed when the test is disposed.</summary>
internal sealed class TempFolders : IDisposable
{
    private readonly List<string> _folders = [];

    public string New()
    {
        var folder = Directory.CreateTempSubdirectory("govrules-annotate-").FullName;
        _folders.Add(folder);
        return folder;
    }

    public void Dispose()
    {
        foreach (var folder in _folders.Where(Directory.Exists)) Directory.Delete(folder, recursive: true);
    }
}
