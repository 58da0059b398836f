using GovRules.Bench.Floor;

if (args.Length == 0)
{
    Console.Error.WriteLine("usage: GovRules.Bench.Floor FILE.docx...   (prints the text character count of each)");
    return 2;
}
foreach (var path in args)
    Console.WriteLine($"{DocxTextCounter.CountTextCharacters(path)}\t{path}");
return 0;
