using System.Globalization;
using GovRules.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace GovRules.Compilation;

/// <summary>
/// The only class that drives Roslyn: checks each expression is one C# expression, compiles the generated
/// source against the vocabulary, maps errors to rule-file positions, applies the sandbox, injects the budget
/// checks and emits one assembly.
/// </summary>
internal static class RoslynRuleCompiler
{
    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    public static CompilationOutput Compile(GeneratedRuleSource source, string cacheKey)
    {
        var errors = new List<RuleDiagnostic>();
        var parsable = source.Rules.Select(r => r.Rule).Where(rule => rule.Expressions.All(e => IsOneExpression(e, errors))).ToList();
        if (parsable.Count < source.Rules.Count) source = GeneratedRuleSource.Generate(parsable);

        var tree = CSharpSyntaxTree.ParseText(source.Source, ParseOptions, path: "rules.g.cs");
        var manifest = CSharpSyntaxTree.ParseText(GeneratedRuleSource.Manifest(cacheKey), ParseOptions, path: "manifest.g.cs");
        var compilation = CSharpCompilation.Create($"GovRules.Generated.{cacheKey[..16]}", [tree, manifest], RuleReferences.All, Options);
        foreach (var diagnostic in compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error))
            errors.Add(Map(diagnostic.Location, $"{diagnostic.Id}: {diagnostic.GetMessage(CultureInfo.InvariantCulture)}", source));
        var model = compilation.GetSemanticModel(tree);
        foreach (var (location, message) in SandboxChecker.Check(model, tree.GetRoot()))
            errors.Add(Map(location, message, source));
        if (errors.Count > 0) return Failed(errors);

        var guarded = tree.WithRootAndOptions(new BudgetInjector(model).Visit(tree.GetRoot()), ParseOptions);
        var final = compilation.ReplaceSyntaxTree(tree, guarded);
        using var image = new MemoryStream();
        var emitted = final.Emit(image);
        if (!emitted.Success)
            return Failed(emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)
                .Select(d => Map(d.Location, $"{d.Id}: {d.GetMessage(CultureInfo.InvariantCulture)} (after budget injection)", source)).ToList());
        return new CompilationOutput(image.ToArray(), []);
    }

    private static CSharpCompilationOptions Options { get; } = new(
        OutputKind.DynamicallyLinkedLibrary,
        optimizationLevel: OptimizationLevel.Release,
        allowUnsafe: false,
        deterministic: true,
        nullableContextOptions: NullableContextOptions.Disable,
        concurrentBuild: false);

    private static bool IsOneExpression(RuleExpression expression, List<RuleDiagnostic> errors)
    {
        var text = expression.Text;
        var parsed = SyntaxFactory.ParseExpression(text, options: ParseOptions, consumeFullText: true);
        var problem = parsed.GetDiagnostics().FirstOrDefault(d => d.Severity == DiagnosticSeverity.Error);
        if (problem is null) return true;
        var (line, column) = Position(expression, problem.Location.SourceSpan.Start);
        var role = expression.Role switch { ExpressionRole.Applies => "applies", ExpressionRole.ForEach => "for-each", _ => "assert" };
        errors.Add(new RuleDiagnostic(expression.File, line, column,
            $"'{role}' must be one C# expression: {problem.Id}: {problem.GetMessage(CultureInfo.InvariantCulture)}"));
        return false;
    }

    /// <summary>The rule-file position of an offset inside an expression's joined text.</summary>
    private static (int Line, int Column) Position(RuleExpression expression, int offset)
    {
        foreach (var line in expression.Lines)
        {
            if (offset <= line.Text.Length) return (line.FileLine, line.FileColumn + offset);
            offset -= line.Text.Length + 1;
        }
        var last = expression.Lines[^1];
        return (last.FileLine, last.FileColumn + last.Text.Length);
    }

    private static RuleDiagnostic Map(Location location, string message, GeneratedRuleSource source)
    {
        var mapped = location.GetMappedLineSpan();
        if (mapped.HasMappedPath)
            return new RuleDiagnostic(mapped.Path, mapped.StartLinePosition.Line + 1, mapped.StartLinePosition.Character + 1, message);
        var generatedLine = location.GetLineSpan().StartLinePosition.Line + 1;
        var rule = source.Rules.FirstOrDefault(r => generatedLine >= r.FirstLine && generatedLine <= r.LastLine)?.Rule;
        if (rule is null) return new RuleDiagnostic("rules.g.cs", generatedLine, 1, message);
        var (line, column) = rule.Assert.Start;
        return new RuleDiagnostic(rule.SourcePath, line, column, message);
    }

    private static CompilationOutput Failed(List<RuleDiagnostic> errors) =>
        new(null, errors.Distinct().OrderBy(e => e.File, StringComparer.Ordinal).ThenBy(e => e.Line).ThenBy(e => e.Column).ToList());
}
