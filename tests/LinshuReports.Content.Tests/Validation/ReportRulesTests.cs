using LinshuReports.Content.Validation;

namespace LinshuReports.Content.Tests.Validation;

/// <summary>A rule is one class and one line in <see cref="ReportRules.All"/>: a class left out of the list would check nothing.</summary>
public sealed class ReportRulesTests
{
    public static TheoryData<string> RuleClasses() =>
        new(typeof(IReportRule).Assembly.GetTypes().Where(t => t.IsClass && !t.IsAbstract && typeof(IReportRule).IsAssignableFrom(t)).Select(t => t.FullName!));

    [Theory]
    [MemberData(nameof(RuleClasses))]
    public void EveryRuleClass_IsInTheList(string rule)
    {
        Assert.Contains(ReportRules.All, r => r.GetType().FullName == rule);
    }

    [Fact]
    public void TheListRunsEachStageInOrder_TextBeforeDocumentBeforeLinkedBeforeRendered()
    {
        var stages = ReportRules.All.Select(r => r.Stage).ToList();

        Assert.Equal(stages.Order(), stages);
    }
}
