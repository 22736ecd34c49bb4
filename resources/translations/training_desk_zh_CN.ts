<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bayesian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not finish: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is not in the People list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Themes of negative comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each open assignment&apos;s chance of being missed (overdue, failed or withdrawn), with the factors that weigh most. Double-click a row to open the person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All departments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include already overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignments past their due date are missed already (100%); they head the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employee ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chance missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mandatory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What sets them apart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>low completion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>low rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>negative comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>drop-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>completion below {0:.0%}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bayesian rating below {0:.2f}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>negative comments above {0:.0%}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>module drop-off above {0:.0%}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue rate above {0:.0%}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking who this reaches…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone in a role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A learning path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} ({1} courses)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build learning paths under Learning paths…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A path&apos;s courses are due on their day offsets from the start; courses without an offset are spread evenly up to this date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mandatory (counts for compliance)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a course or a learning path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The due date is before the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0:,} people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 assignment will be created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0:,} assignments will be created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} already completed it (still valid) — skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} already assigned — skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and {0:,} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to assign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sentiment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} comments on {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} of {1} comments on {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mandatory or not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Assign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign a course or a learning path to a person, a department or a role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit &amp;progress…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status, percent, score, dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xtend due dates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-assign &amp;to…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Learning paths…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reusable ordered sets of courses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compliance view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People × mandatory courses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All due on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0:,} assignments selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Similar courses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New course…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a course to the catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected course (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign this course to people, a department or a role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hide from recommendations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does not expire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(certificate {0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difficulty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden: never recommended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommended when it fits a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skills taught</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brings to level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No skills recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prerequisites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No modules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price &amp;&amp; format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A short unique code, e.g. SQL-101. Imports match on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a category or type a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma-separated, e.g. sql, reporting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blank for an internal course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ategory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ta&amp;gs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never suggest this course on anyone&apos;s Recommended tab. It stays in the catalog, in learning paths and in assignments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blank if unknown; 0 if free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Three-letter currency code (ISO 4217), e.g. USD or CNY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blank if no paid certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What a verified certificate costs on top of the course price.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated hours of study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classroom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language code, e.g. en or zh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beginner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intermediate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For certifications that expire: months until a completion must be renewed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retired courses stay in history but are not offered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;rice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;urrency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate p&amp;rice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;ifficulty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Valid for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An optional short code, e.g. FIN; the CLI accepts it too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blank if there is no budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yearly training budget in the base currency (Settings).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yearly &amp;budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yearly budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Backup now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Training Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem and fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due after start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. New manager onboarding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Courses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning paths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hire date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an employee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected person (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign a course or a learning path to this person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build &amp;path…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan the courses that close this person&apos;s skill gaps, on dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Training plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview this person&apos;s training plan as a PDF to save or print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;partments…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departments and budgets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;oles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles and the skills they require</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No — left the company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>beyond role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gap {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skills vs role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No skills recorded for this person or their role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your HR system&apos;s id; kept as text, leading zeros too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@company.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departments are managed under People → Departments…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles and the skills they need: People → Roles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type part of a name or an employee id to search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the hire date (not known)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Works here (uncheck when they leave)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Employee ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mana&amp;ger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hire date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current levels set by hand (0 none … 5 expert).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current skill levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Percent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score (0–100)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours spent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completing records a completion, sets the certificate&apos;s expiry and raises the skills the course teaches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An optional short code, e.g. DA; the CLI accepts it too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required skills (level 1–5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required skills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Courses similar in content to the ones they completed, counting the ones they rated or scored well more, and recent ones more than old ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closes skill gaps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Courses that teach the skills their role needs and they do not have yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colleagues took it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What people with similar histories completed and rated well (for someone new: what their department takes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Well-rated courses (many ratings count more than a few) that people finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relevance over variety</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>100 ranks strictly by score; lower values mix in courses on other topics so the list is not ten variants of one course.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analytics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is working and what is not, explained in plain words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learner segments drawn as a map, each with a suggested action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback: ratings, sentiment of comments in English and Chinese, themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weak courses with the evidence, and learners at risk of missing a due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printable plans and reports to hand to managers, and Excel exports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A training plan PDF per person, or a batch for a department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department, course quality and compliance reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print through the system print dialog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate expires: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spent ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignments due or completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue assignments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates expiring in the next 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignments completed this year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spend against budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completions per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates lapsing in the next 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import your people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import people…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Excel or CSV list HR gives you: ID, name, department, role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import your courses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import courses…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your catalog: titles, skills taught, price and hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Define roles and the skills they need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Define roles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gaps, recommendations and plans all start from them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to assignments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A course or a learning path, to a person, a department or a role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a training plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right-click a person → Training plan…, or use Reports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Getting started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Getting started&lt;/h2&gt;&lt;p&gt;Training Desk keeps your courses, people and their training in one file on this computer. Nothing is sent anywhere.&lt;/p&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Try the demo:&lt;/b&gt; File → New… and choose &lt;i&gt;Explore with demo data&lt;/i&gt; to see every screen filled in.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Bring your people:&lt;/b&gt; File → Import → Learners… takes the Excel or CSV list HR gives you. Columns are matched by their names, in English or Chinese.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Bring your courses:&lt;/b&gt; File → Import → Courses…, or add them one by one in the Catalog.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Define roles:&lt;/b&gt; People → Roles… lists the skills each role needs; gaps and recommendations come from them.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Print a plan:&lt;/b&gt; right-click a person → Training plan….&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Every change can be undone (Edit → Undo), and the file is backed up every day you open it.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Dashboard&lt;/h2&gt;&lt;p&gt;Where things stand today: completion rate, overdue assignments, certificates expiring in 30, 60 and 90 days, training hours and spend against each department&apos;s budget.&lt;/p&gt;&lt;p&gt;Click a figure to see the list behind it; every list exports to Excel (Ctrl+Shift+E).&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Catalog&lt;/h2&gt;&lt;p&gt;Your internal and purchased courses: skills they teach and to which level, prerequisites, price and currency, hours, validity of certificates. Type in the search box to filter; double-click to edit.&lt;/p&gt;&lt;p&gt;A course&apos;s page shows &lt;i&gt;Similar courses&lt;/i&gt; with the reason they are alike. &lt;i&gt;Knowledge map&lt;/i&gt; draws the catalog as a graph of prerequisites and skills.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;People&lt;/h2&gt;&lt;p&gt;Employees with their department, role and manager. A person&apos;s page shows their assignments, certificates, history and &lt;i&gt;Recommended&lt;/i&gt; courses, each with its reasons.&lt;/p&gt;&lt;p&gt;Right-click a person to assign training, build a learning path towards their role, or print their training plan.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignments &amp; Paths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Assignments &amp;amp; Paths&lt;/h2&gt;&lt;p&gt;Every assignment with its due date and status; overdue and expiring are computed, never typed. Assign a course or a whole learning path to a person, a department or a role in one go.&lt;/p&gt;&lt;p&gt;The compliance view shows people against mandatory courses.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skills Matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Skills Matrix&lt;/h2&gt;&lt;p&gt;People against skills, coloured by the gap to what their role needs. Skills only one person holds are flagged: a risk when that person is away or leaves.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Analytics&lt;/h2&gt;&lt;p&gt;&lt;b&gt;Segments&lt;/b&gt; group people by how they learn (fast finishers, stalled starters, …) with a suggested action for each. &lt;b&gt;Feedback&lt;/b&gt; shows ratings and the sentiment of comments in English and Chinese, the themes of complaints and the courses that need attention. &lt;b&gt;At-risk&lt;/b&gt; lists open assignments likely to be missed, with the reasons.&lt;/p&gt;&lt;p&gt;Click any figure to see the people or comments behind it.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Reports&lt;/h2&gt;&lt;p&gt;Choose a report and who it is about, press Preview, then Save as PDF, Print or open it in your PDF viewer. Plans for a whole department or role come as one PDF or as a ZIP with one PDF per person.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your data and backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Your data and backups&lt;/h2&gt;&lt;p&gt;Everything lives in one file (shown in the status bar). Keep it on this computer&apos;s disk rather than in a synced folder. A verified backup is made each day you open it; File → Restore… lists them. Help → Open the data folder shows where the file and its backups are.&lt;/p&gt;&lt;p&gt;Imports write the whole file or, when you choose, exactly its valid rows — never half of it.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training Desk guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Knowledge &amp;map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Courses, their prerequisites and the skills they teach, as a map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show on map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This course, what it requires, what requires it and its skills, on the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show path on &amp;map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This person&apos;s open assignments, or their path towards their role, on the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prerequisite → course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>course → skill it teaches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>course shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prerequisite not done yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skill the role needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prerequisite loop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the course shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assigned, not finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the planned path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a prerequisite not done yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skill: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The role needs level {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held by {0:,} active people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to open it in the Catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished or withdrawn ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not expire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} expiring soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No completed courses yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>score {0:.2f}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most similar courses ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No other active course to compare with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommended next ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build path…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to recommend: the catalog is empty or they took every course.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign this course to this person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not interested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop recommending this course to this person (can be undone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked not interested: {0} · {1}. It is no longer recommended to them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not interested ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommend this course to this person again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not interested in {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interested again in {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a report and press Preview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page {0} of {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawing the pages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the report and show its pages (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the PDF in the system&apos;s PDF viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The choice changed: press Preview to see it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} pages; the preview shows the first {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing one PDF per person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent {0} pages to the printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due in 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due in 60 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due in 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires in 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires in 60 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires in 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compliant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiring soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting {0} rows to {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported {0} rows to {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export table…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this table, as shown, to Excel or CSV</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Training Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training Desk {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training records, plans and reports for small companies. Offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File schema:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not stamped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program schema:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built with:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnalyticsSection</name>
    <message>
        <source>Analytics</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <source>Assign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign a course or a learning path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking who this reaches…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssignmentsSection</name>
    <message>
        <source>Withdraw {0:,} assignments? Their progress so far is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw assignments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignments &amp; Paths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search assignments: person, employee id, course…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0:,} assignments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0:,} of {1:,} assignments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an assignment to see its dates and progress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No assignments yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign a course or a whole learning path to a person, a department or a role, with a due date; then track progress and compliance here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign a course or a path: Assign… (Ctrl+Shift+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build reusable learning paths: Learning paths…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or right-click a person or a course and choose Assign…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogSection</name>
    <message>
        <source>S&amp;how in recommendations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hide from recommendations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let the recommender suggest this course again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never recommend this course; it stays in the catalog and in paths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;activate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer this course again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop offering this course; its history is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retire course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reactivate course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide from recommendations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in recommendations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete {0} · {1}? Its skills, modules and prerequisites go too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retire it instead? A retired course keeps its history but is not offered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course has history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retire instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classroom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search courses: code, title, provider, skill…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0:,} courses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0:,} of {1:,} courses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a course to see its description, skills and modules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No courses yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your catalog holds internal and purchased courses: price, hours, format, the skills each one teaches and what it requires first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a course: New course… (Ctrl+Shift+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a course list from Excel or CSV: File → Import → Courses…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or explore the demo data: File → New…, then Explore with demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparing {0} with the catalog…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beginner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intermediate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChooseFilePage</name>
    <message>
        <source>Choose a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CSV or Excel (.xlsx) file, for example an export from HR or a course provider. Nothing is stored until the last step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path of a .csv or .xlsx file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It holds:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Courses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code, title, description, provider, price, hours, format …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>employee id, name, email, department, role, manager, hire date …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one row per role and skill it requires, with the level (1–5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback or a survey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ratings and comments about courses; survey sheets with one column per question and Likert answers (“Yes, absolutely”, “非常满意” …)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file to import</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComingSection</name>
    <message>
        <source>Coming in a later release.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComplianceModel</name>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComplianceView</name>
    <message>
        <source>Compliance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No course is mandatory for anyone yet: assign one with Mandatory ticked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All departments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading compliance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0:,} people × {1:,} mandatory courses</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CourseDialog</name>
    <message>
        <source>Edit course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit course {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Training Desk ran into a problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong that Training Desk did not expect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your data is safe: changes are saved as a whole or not at all. The details below were written to the log file {0}. Please send them with a short note of what you were doing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardSection</name>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completion rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue assignments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates expiring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training hours this year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spend this year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completions, last 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compliance cliff: next 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} of {1} assignments due or completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>past their due date, not completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>within 30 / 60 / 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hours on {0} courses completed since 1 January</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of {0} {1} budgeted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>completions in 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certificates lapse in the next 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>No date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DbOp</name>
    <message>
        <source>Cancelled: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DepartmentEditor</name>
    <message>
        <source>Edit department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yearly budget</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DepartmentsDialog</name>
    <message>
        <source>Delete the department {0}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete department</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditorDialog</name>
    <message>
        <source>{0}: &apos;{1}&apos; is not an amount</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <source>courses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>learners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported {0:,} {1} to {2}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExtendDueDialog</name>
    <message>
        <source>Extend due dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No assignment is selected.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeedbackTab</name>
    <message>
        <source>Feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading feedback and sentiment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a course to see its ratings and comments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} · Catalog mean {1:.2f}; Bayesian averages weigh it as {2:g} ratings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What sets the negative comments apart: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No distinctive themes in the negative comments.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FigureCard</name>
    <message>
        <source>Show the list behind this figure</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A short guide to each part of the window (F1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder that holds the open file and its backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Courses…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Learners…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Roles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Courses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Learners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current &amp;table as shown…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The table you are looking at, filtered and sorted as shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no table on this page to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started with an empty file: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the demo company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo company ready: {0} people, {1} courses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another Training Desk file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a Training Desk file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} no longer exists; it was removed from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new Training Desk file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} already exists. Choose a new name, or use File → Open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup written to {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored from {0}. The file as it was is backed up at {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to Training Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Courses, people and progress in one file on this computer. How would you like to begin?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explore with demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A made-up company with 120 people and 80 courses, to try everything before adding your own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Begin with an empty file and add or import your own courses and people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an existing file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a Training Desk file you already have.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>No changes recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0:,} older entries are not shown.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>(no header)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>courses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>learners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>feedback</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KnowledgeMapWindow</name>
    <message>
        <source>Knowledge map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wheel or Ctrl+/Ctrl− to zoom, drag to move, Ctrl+0 to fit. Click a course to open it in the Catalog, a skill to see who holds it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A role&apos;s skills and courses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A person&apos;s path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A course&apos;s neighbourhood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many links away from the course to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>up to {0:,} nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit to window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PNG or SVG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role name or code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employee ID, email or name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course code or title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what to show first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laying out the map…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Knowledge map — {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the knowledge map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Knowledge map exported to {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} could not be written. Choose a folder you can write to.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LikertEditor</name>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating (1–5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LikertPage</name>
    <message>
        <source>Course and answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which course the feedback is about, the survey&apos;s questions, and the rating each answer stands for. Edit the table to rate answers it does not know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>course code, e.g. FSML-2025</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add them to the table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likert answers → ratings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(the file&apos;s question column, if any)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers the table does not know (rows with them are refused): {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every answer in the rating columns has a rating.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every row is about this course.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each row&apos;s course comes from the file&apos;s course column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no course column: enter the course it is about.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Training Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to search here yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last action: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} — Training Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Match the columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns were matched by their names. Check each field, and choose a column for those that were not recognised. Fields marked * are required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. %d/%m/%Y — empty: detect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— not imported —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A survey sheet: {0} questions, each with its rating and/or comment column. The next page lists them and the Likert answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not imported: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModuleTable</name>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Module {0}: hours &apos;{1}&apos; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PathBuilderDialog</name>
    <message>
        <source>Build a learning path for {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(the skills below)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>or skills with levels, e.g. SQL=3, Excel=2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target skills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Swap…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace this course with one that closes the same gaps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Assign path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign learning path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned {0} courses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} skipped: already assigned or completed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a target and press Build plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} courses towards {1}: {2:g} hours, cost {3:,.2f}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last due {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0:,.2f} over budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0:,.2f} of the budget left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gaps left open:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan closes every gap.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PathEditor</name>
    <message>
        <source>Edit learning path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New learning path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add at least one course</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PathsDialog</name>
    <message>
        <source>Delete the learning path {0}? Assignments made from it stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete learning path</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeopleSection</name>
    <message>
        <source>&amp;Deactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;activate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as left the company; their history is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as working here again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding courses for {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recommendations: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reactivate person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search people: name, ID, email, role…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0:,} people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0:,} of {1:,} people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a person to see their role, manager and skills.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No people yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People are your employees: department, role, manager and hire date, and the skills each one holds against what their role needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a person: New person… (Ctrl+Shift+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a staff list from Excel or CSV: File → Import → Learners…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or explore the demo data: File → New…, then Explore with demo data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Edit person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrerequisitePicker</name>
    <message>
        <source>Search courses by code or title…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first rows as they will be stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking {0:,} rows…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} rows as they will be stored. The whole file: {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProblemTable</name>
    <message>
        <source>Row {0}, {1}: {2}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <source>Edit progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress: {0} · {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReassignDialog</name>
    <message>
        <source>Re-assign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-assign to…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0:,} assignments selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the person to re-assign to.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecommendationWeightsTab</name>
    <message>
        <source>How recommendations are ranked. Each course gets four scores for the person; these weights say how much each counts. Only their proportions matter: the share each one gets is shown on the right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset to defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Like what they took</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordListDialog</name>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportForm</name>
    <message>
        <source>One person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone in a department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone in a role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A batch prints one plan per person, each from page 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a name or an employee ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statuses, overdue and expiry are computed as of this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A person&apos;s plan: skills against the role, the courses in order with dates, hours, cost and reasons, open gaps and signature lines. Or one per person for a department or a role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completion, overdue, expiring certificates, hours, spend against budget and segment mix for one department, with the lists behind them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course quality report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ratings, sentiment, themes of complaints, completion and the weak courses with their evidence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compliance report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People against mandatory courses, with status and expiry dates (landscape).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One person&apos;s full training history, for appraisals and audits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plans for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All departments</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the backup to go back to. The file as it is now is backed up first, so a restore can itself be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Courses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no backups of this file yet. Use File → Backup now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily, on opening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before demo data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RiskTab</name>
    <message>
        <source>At-risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scoring open assignments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} of {1} open assignments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ({0} already overdue not shown)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoleEditor</name>
    <message>
        <source>Edit role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New role</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RolesDialog</name>
    <message>
        <source>Delete the role {0}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete role</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <source>Importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing {0:,} rows…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import failed. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SegmentsTab</name>
    <message>
        <source>Segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segments:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto (best silhouette)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster the learners again with this number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point at a dot to see who it is; click it to select them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chosen by silhouette</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fixed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} segments ({1}; silhouette {2:.2f}) among {3} people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a segment to list its people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: {1} people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What sets them apart: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested action: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} people in “{1}” — double-click one to open them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no department</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo (printed on reports):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language shows after a restart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper size for reports:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base currency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange rates: how much one unit of each currency is worth in the base currency. Totals, budgets and plans are shown in the base currency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up the file once a day when opening it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many backups to keep:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One a day for the last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One a week for the last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One a month for the last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is not an image that can be read. Choose a PNG or JPEG file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exchange rate row {0}: write a number such as 1.08</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SkillLevelTable</name>
    <message>
        <source>Skill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add skill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a skill from the list or type a new name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level {0} (none) to {1} (expert)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skills row {0}: choose or type a skill</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SkillsMatrixModel</name>
    <message>
        <source>Single-holder risk: at most one person in a department holds it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SkillsMatrixSection</name>
    <message>
        <source>Skills Matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search people by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The people shown, with the same colours, as .xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the skills matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All departments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the skills matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting the skills matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported {0} people to {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> … and {0} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Single-holder risks: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SourcePage</name>
    <message>
        <source>Sheet and encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the first rows read correctly. If the text looks garbled, choose another encoding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read as {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that this is the sheet that holds the table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0:,} rows and {1} columns. The first rows:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another sheet above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file&apos;s encoding above, or go back and choose another file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepTable</name>
    <message>
        <source>spread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days after the start; &quot;spread&quot; shares the time up to the due date.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} from {1}: {2}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was written: fix these rows and import the file again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These rows were left out; fix them and import the file again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SwapDialog</name>
    <message>
        <source>Swap {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Courses that close the same gaps as {0} · {1} ({2:g} h, {3:,.2f}), cheapest and shortest first. Prerequisites they need are added before them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Swap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(partly)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TableSection</name>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UndoStack</name>
    <message>
        <source>Undo: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ValidationPage</name>
    <message>
        <source>Validation report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import only the valid rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix these rows in the file and import it again, or import only the valid rows and fix the others later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0:,} problems in {1:,} rows. Importing would give: {2}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing will give: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import only the valid rows (leave out {0:,})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WeakCoursesTab</name>
    <message>
        <source>Weak courses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for weak courses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a course to see the evidence and what lies behind it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learners who did not finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} courses need attention, most first. Flagged, relative to the catalog: {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading what lies behind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• Learners drop off at module {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• Themes of the negative comments: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested fix: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} learners did not finish {1} ({2} overdue) — double-click to open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>builder</name>
    <message>
        <source>No other course closes the gaps {0} closes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swapped {0} for {1}; added its prerequisites first: {2}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swapped {0} for {1}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>page</name>
    <message>
        <source>added {0:,}, updated {1:,}, unchanged {2:,}, refused {3:,}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
