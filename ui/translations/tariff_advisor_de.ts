<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AdvisorSession</name>
    <message>
        <source>Member {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a household never saved needs a file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed on disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{exc}

Save overwrites their change with yours. Cancel keeps their file as it is; your changes stay here, unsaved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not saved: the file keeps the other change; yours are still here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not saved, the file is unchanged: {exc}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set {name} for {member}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add {join} for {member}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove {join} for {member}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set options for {member}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the members changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the household changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plans were changed by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>constraints or locks changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BillLinesDialog</name>
    <message>
        <source>Show the lines of one member, or of the whole household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines alike but for their month folded into one (as `price` prints them), or each month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy as text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy these lines and their total to the clipboard (Ctrl+C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;These choices cannot be priced&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bill lines: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shared (family plan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>month {month}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{horizon_months} months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what}: the bill lines of {who}, {scope}, with the rule each comes from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Total: {money}&lt;/b&gt; ({count} lines)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BulkEditDialog</name>
    <message>
        <source>Change many entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (added)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {count} selected rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every {replace} in {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every {replace} of every provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change by amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and by percent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change {field} of {what} by {amount} and {percent}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogueImportDialog</name>
    <message>
        <source>Import tariffs from a table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: a profile (units, &apos;unlimited&apos; caps, eligibility, prices)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tariff table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tables (*.csv *.xlsx *.xls)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profiles (*.yaml *.yml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Columns&lt;/b&gt;: which column of the table holds each field (* required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A catalogue export: every column is read as exported, no mapping needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose the column for {join}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import {count} entries from {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogueSession</name>
    <message>
        <source>Add entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>someone else marked it {status} meanwhile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not marked applied: {exc}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartsPanel</name>
    <message>
        <source>by call minutes instead of data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw the member&apos;s cost against call minutes a month instead of data a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{member}: the chosen tariff against the best of each other provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shared family-plan charges on today&apos;s plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shared family-plan charges on the chosen plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{member}&apos;s cost on today&apos;s plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{member}&apos;s cost on the chosen plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the household&apos;s cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of date: {reason}. Optimise again (Ctrl+R) to see why.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfiguratorWidget</name>
    <message>
        <source>Show bill lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}&apos;s provider: choosing one takes the tariff there that makes the household cheapest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep {name}&apos;s {field} when optimising (Optimise re-plans the rest)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{summary}. {name} over {months} months: {cost}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{tip}. Click (or Enter) for the bill lines that make it up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: adds {allowances}; +{monthly_fee} a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options for {name}&apos;s tariff (extra data, minutes, roaming), each with its monthly fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This tariff has no options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;These choices cannot be priced&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Household: {total}&lt;/b&gt; over {months} months ({monthly} a month)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; shared family-plan charges {shared}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click (or Ctrl+B) for the bill lines that make up the household&apos;s cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{member}&apos;s cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the household&apos;s cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report a wrong price...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConstraintsPanel</name>
    <message>
        <source>The tariffs this shop sells. Kept for the next customers: New customer (Ctrl+N) resets every other constraint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only tariffs on sale on this day are offered; promotions must still be valid then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> {currency}/month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household constraints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Providers to consider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most providers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shop range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contracts start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} of {total} tariffs...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <source>Report a wrong price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{tariff} ({provider}): say what is wrong, and the catalogue&apos;s editors will check it and correct the catalogue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value you believe is right, e.g. 17.99, 40 or unlimited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where you saw it (price list, website, shop window) and when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: a photo or PDF of the price list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the request is saved: a folder the catalogue&apos;s editors read (a shared folder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong &amp;field:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalogue says:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is &amp;right:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Evidence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Shop:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;to folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence of the right price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save correction requests in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose the folder to save the request in (one the catalogue&apos;s editors read)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the description is longer than {MAX_TEXT} characters; shorten it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>that is what the catalogue says; type the value you believe is right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correction request saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as {file} in {folder}.
The catalogue&apos;s editors open it with File → Open correction requests... in the catalogue editor.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CorrectionsPanel</name>
    <message>
        <source>No folder of correction requests open (File → Open correction requests...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the proposed change as one edit (Undo takes it back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reject...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record why the request is not applied, in its file, at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See &amp;impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the applied changes do to the example households, before saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open correction requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read {folder}: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>applied; marked so in its file when the catalogue is saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} requests in {name}; {open_count} can be applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correction requests ({open_count} to apply)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: cannot be read ({proposal})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{headline} ({entry_id} in {provider})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalogue said: {shown}; the sender says: {correct_text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent {created}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> by {shop}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, from the catalogue {catalogue_version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence: {evidence}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose a request first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applied: {proposal}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied ({undoText}); see its impact before saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is it not applied?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not rejected: {exc}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected; the reason is in {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiffView</name>
    <message>
        <source>Against the saved files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Against another folder...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with the catalogue in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the saved files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Against {against}: {summary}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditorWindow</name>
    <message>
        <source>Provider settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact on example households</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correction requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalogue as of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the catalogue as of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open catalogue folder...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New provider file...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reload from disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import tariffs from a table...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export catalogue as CSV...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;correction requests...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
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
        <source>&amp;Add entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;tire tariff...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change many...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems (none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  {count} of {total} tariffs on sale (others greyed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add {entry}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate {original} as {copy}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose the tariffs to retire first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retire tariffs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day on sale (YYYY-MM-DD):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text!r} is not a date like 2027-01-31</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retire {which} on {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider id (lower case, e.g. &apos;acme&apos;):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New provider {new_id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalogue editor: {directory}{modified}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: {unfinished} (correct it, or press Esc to cancel the edit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: the catalogue has problems (see the Problems tab)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed on disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{exc}

Overwrite the other change?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save: {exc}
The files on disk are unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {value}; backups as *.bak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing (no changes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved, but {join}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save with problems?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the catalogue changes first?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open catalogue folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the catalogue (providers, tariffs, options, family plans)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not export: {exc}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} tariffs written to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release signed and written: {written}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntriesModel</name>
    <message>
        <source>{header}: {exact} (shown rounded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a mapping</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryYamlEditor</name>
    <message>
        <source>Select an entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{file}&lt;/b&gt;: provider settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (line {value})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YAML syntax error{where}: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write the fields as &apos;key: value&apos; lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applied yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit settings of {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit {entry_name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryEditor</name>
    <message>
        <source>Type or paste (Ctrl+V) months from a spreadsheet: month, minutes, calls, SMS, GB, intl.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply to member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing in the clipboard fits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pasted {cells} cells; Apply to use them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HouseholdPanel</name>
    <message>
        <source>the customer&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer or household: it titles the advice, the PDF and its file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long to count costs for: usually the contract term (24 months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> % a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much more the household will use each year (data use grows by 20-30% a year)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The home-broadband provider: some providers give their broadband customers a discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ho&amp;rizon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage &amp;growth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home &amp;broadband</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HowWeRank</name>
    <message>
        <source>Tariff Advisor: how we rank</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImpactView</name>
    <message>
        <source>How the example households&apos; recommendations change under the edited catalogue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fix the catalogue first: {exc}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optimising every example household twice...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>computing the impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{changed} of {count} example households get different advice or totals under the edited catalogue.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportUsageDialog</name>
    <message>
        <source>Import usage from records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one or more CSV/Excel files, separated by ;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: a saved mapping (YAML) to start from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: keep rows whose group column has this value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to the member&apos;s history (e.g. SMS after calls); unticked: replace it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly totals to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use these months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tables (*.csv *.xlsx *.xls)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mappings (*.yaml *.yml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column: {field}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole file is (no kind column)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call durations in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data volumes in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save mapping...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the monthly totals are kept; the records are not stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose the column that holds the date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mappings (*.yaml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mapping saved to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose the records first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> where the group column is {only!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no usage rows{whose} in {join}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{rows_read} records, {count} months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; {count} rows are not usage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; no rows in {join} (counted as none of that usage)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Typical month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Constraints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optimise  (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the advice (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the advice as PDF, CSV or JSON (Ctrl+Shift+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Members&lt;/b&gt; (type in a cell, or double-click: name, age and today&apos;s plan, a tariff or a monthly fee; Space ticks student)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Plans&lt;/b&gt;: choose freely, lock what must stay, then optimise the rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Usage&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} tariffs from {count2} providers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open household...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;as...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import usage from records...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print advice...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export advice (PDF, CSV, JSON)...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Optimise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit catalogue...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Install release...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>H&amp;ousehold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An empty household: budget, required features, locks and choices reset; the shop range is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A member with no usage yet, ready to type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected member goes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Tariff Advisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected member: &lt;b&gt;{name}&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a household keeps at least one member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsaved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tariff Advisor: {household} ({file})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changes to this household first?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Households (*.yaml *.yml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Households (*.yaml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not save {path}: {exc}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Tariff Advisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Tariff Advisor&lt;/b&gt; {version}&lt;br&gt;The cheapest mobile tariffs for a whole household.&lt;br&gt;&lt;br&gt;Log file: {log}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none (logging is not set up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export advice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf);;Bill lines (*.csv);;Everything (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tariff advice for {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print advice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advice for {name} printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the result is out of date ({stale}): optimise again (Ctrl+R), then print or export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the advice is still being worked out: a moment, please</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optimise first: the advice is the recommendation and why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not export {name}: {exc}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advice written to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the saved catalogue does not load: {exc}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalogue reloaded after editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optimising...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{total}&lt;/b&gt; over {months} months, {reason}. {changed} member&apos;s plan changed (highlighted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{total}&lt;/b&gt; over {months} months, {reason}. {changed} members&apos; plans changed (highlighted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{total}&lt;/b&gt; over {months} months, {reason}; saves &lt;b&gt;{savings}&lt;/b&gt; against today&apos;s plans. {changed} member&apos;s plan changed (highlighted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{total}&lt;/b&gt; over {months} months, {reason}; saves &lt;b&gt;{savings}&lt;/b&gt; against today&apos;s plans. {changed} members&apos; plans changed (highlighted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Planning together saves {joint_saving} against choosing per person.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NeedsPanel</name>
    <message>
        <source>&lt;b&gt;Away from Wi-Fi, how much...&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;assumed&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{assumption} (from needs.yaml; correct it if you know better)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use for member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the member&apos;s usage with this estimate (one typical month) and keep these answers with them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use for {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; needs &lt;b&gt;{join}&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Estimate:&lt;/b&gt; {value} GB data, {minutes} call minutes ({calls} calls), {sms} SMS, {intl_minutes} international minutes a month{needs}.&lt;br&gt;&lt;small&gt;{join}&lt;/small&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply needs for {member}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OptimiseCommand</name>
    <message>
        <source>Optimise</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PastePreview</name>
    <message>
        <source>Paste months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not taken:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every cell can be taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take {count} month(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} month(s) to add or change:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReleaseDialog</name>
    <message>
        <source>Release the catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 4 of the 6 national networks; no resellers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>who publishes it (default: the key&apos;s fingerprint)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: the previous release file, to list the changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the release file to write (.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show changes and impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private key (catalogue keygen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The previous release file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the release to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release the saved catalogue in {folder}, signed with your key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the changes and the impact above, then Release signs and writes the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not released: choose the release file to write</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemoveEntryCommand</name>
    <message>
        <source>Delete {entry_name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetLockCommand</name>
    <message>
        <source>{value} {field} of {member}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShopRangeDialog</name>
    <message>
        <source>Shop range: the tariffs this shop sells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tariff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by name or id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only checked tariffs are recommended. The range is kept for the next customers.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <source>{description} failed: {exc!r} ({where_logged})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsageEditor</name>
    <message>
        <source>A typical month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply to member  (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter in any box applies too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: average of {n} recorded months; applying replaces them with this one typical month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: one typical month.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserGuide</name>
    <message>
        <source>Tariff Advisor: user guide</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ValidatingDelegate</name>
    <message>
        <source>{header}: not changed, {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{problem}
Correct it, or press Esc to keep {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the field empty</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>accessibility</name>
    <message>
        <source>Lock {}&apos;s provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock {}&apos;s tariff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock {}&apos;s options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected entry as YAML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More tools</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>The catalogue in use does not load ({folder}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalogue in {directory} does not load.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the shipped catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The example household does not load.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The household file {path} does not load.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the example family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalogue in {directory} cannot be opened for editing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bill_lines_dialog</name>
    <message>
        <source>all members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>folded over months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>how it was computed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>charts_panel</name>
    <message>
        <source>Cost per member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month by month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If usage changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Break-even</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Optimise to see why the recommendation is what it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chosen plans</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>commands</name>
    <message>
        <source>Rename {name} to {name2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply needs for {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply usage for {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set age of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set student of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set today&apos;s plan of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add {join}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove {join}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set contract start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set {field} of {where}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>configurator</name>
    <message>
        <source>member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tariff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cost over horizon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> shared in {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no allowances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no data included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{tariff}: {fee} a month, {data}, {term}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{tariff}: {fee} per 28 days, {data}, {term}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>correction_dialog</name>
    <message>
        <source>Monthly fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data (GB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activation fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract months</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>corrections_panel</name>
    <message>
        <source>line {line}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not known)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>editor_window</name>
    <message>
        <source>Tariffs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  ... and {more} more (see the Problems tab)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalogue has 1 problem:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalogue has {count} problems:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The advisor cannot load the catalogue until they are fixed. Save anyway?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>form_helpers</name>
    <message>
        <source>Browse...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>help_menu</name>
    <message>
        <source>Give the selected member this typical month (it replaces their recorded months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes of calls a typical month (national calls)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of calls a month: counts where a tariff charges per call or rounds calls up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text messages (SMS) sent a month; chat apps use data, not SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile data used away from Wi-Fi in a typical month, in GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes of calls to other countries a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the selected member exactly these months; the optimiser uses every month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the month after the last one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untick a provider to leave it out when optimising</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most this many different providers in the household (no limit: any number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The most the household will pay a month, on average over the contract period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Features every member&apos;s tariff must have, e.g. EU roaming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tariffs your shop sells: only these are recommended (kept for the next customers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;No catalogue is loaded.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prices checked {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no date of checking given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not stated in the catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;This is a fictional sample market for demonstration, not real offers.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;The catalogue compares {count} providers. Their prices come from (the source named in each provider&apos;s file):&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;The catalogue in use is release {version} of {released}, published by &lt;b&gt;{publisher}&lt;/b&gt; and signed with their key {key}.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;How we rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The method in plain language: what counts, how the optimum is proven, who publishes the prices</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>history_editor</name>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intl min</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>import_dialog</name>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tariff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why / what changes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>import_usage_dialog</name>
    <message>
        <source>date (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>call / sms / data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duration or volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number called</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>destination network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>billing month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subscriber column</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>language</name>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>members_model</name>
    <message>
        <source>a member needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is already a member of this household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>age: {value!r} is not a whole number of years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>age: {age} is not between 0 and 130</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{monthly_fee} a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>typical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>current plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s plan: type a tariff id or name, a monthly fee (e.g. 29.99), or none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data GB/month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minutes/month</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>printout</name>
    <message>
        <source>no recommendation to print: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Planning the household together saves {money} more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>family plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>call minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data (GB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>intl. minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Warning: {escape}&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>release_dialog</name>
    <message>
        <source>Not released: the catalogue has unsaved changes; save them first (a release holds the saved files)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not released: the catalogue has 1 problem (see the Problems tab)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not released: the catalogue has {count} problems (see the Problems tab)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No previous release given: no list of changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes: {summary}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact on the example households (previous release, or the catalogue in use, -&gt; this one):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>releases</name>
    <message>
        <source>Install a catalogue release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalogue releases (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalogue release was not installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalogue release {version} installed and in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A catalogue release in the shop folder {folder} was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some files in the shop folder {folder} were refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installed catalogue release {version} from the shop folder {folder}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>result_status</name>
    <message>
        <source>Result out of date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(Last result before this change: {total}.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{result_out_of_date}: {reason}. Optimise again (Ctrl+R).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>review_panel</name>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plans that change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tasks</name>
    <message>
        <source>the details are in {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the details were not logged</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>undo</name>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>usage_editor</name>
    <message>
        <source>Calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>International calls</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
