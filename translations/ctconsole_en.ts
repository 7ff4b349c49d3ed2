<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
<context>
    <name>AccountSession</name>
    <message>
        <source>Loading contacts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallLabels</name>
    <message>
        <source>Create contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add history note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create lead source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create action plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create sales cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update contact (external id)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update action plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename lead source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update sales cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete contact (external id)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete lead source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete sales cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State / province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zip / postal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComboField</name>
    <message>
        <source>%1 (not in the list)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Resolve conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone changed these fields on the server after you edited them. Choose, for each field, which value to keep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Field&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;When you edited&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Keep mine&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Take the server&apos;s&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsoleController</name>
    <message>
        <source>Account %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused this access token or web key. Copy both again from the Settings – API tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server no longer accepts the saved access token or web key. Please sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the access token or web key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server could not be reached (%1). Check the address and your connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered unexpectedly: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No account named &quot;%1&quot;; opened %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local data of this account could not be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are signed out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the access token or web key (HTTP 401). Your queued changes are kept and will be sent after you sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactColumns</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City/State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactDetailPane</name>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a note about this contact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pending actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (contact %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not loaded here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This contact may already exist:

%1

Open the existing contact instead, or create a new one anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open existing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contact selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some fields need attention; the reasons are shown at each field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved; the change is on its way to the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved here; waiting in the outbox until the server confirms it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change action plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing the action plan removes this contact&apos;s pending actions and starts the new plan. Continue?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for an existing contact with this email, phone or name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not created: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact created here; it is sent to the server from the outbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactEditor</name>
    <message>
        <source>%1:</source>
        <comment>form label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given by the server when the contact is saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Texts allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facebook profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LinkedIn profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twitter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marital status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anniversary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second anniversary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deal closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New lead notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactEditorChecks</name>
    <message>
        <source>Required: a contact needs a first and a last name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactEditorLayout</name>
    <message>
        <source>Identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demographics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactsView</name>
    <message>
        <source>Search contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search name, phone, email, company or tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any contact type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any sales cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any lead source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load &amp;all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read every contact of the account now, so search sees them all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right-click to choose columns; drag to reorder</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) shown</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source> — more on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n contact(s)? You can undo this until it is sent.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Not deleted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n contact(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n delete(s) had already been sent and cannot be undone.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the contacts shown (search and filters applied) to a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create contacts from a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open by id…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a contact by its ClientTether id or its external id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting contacts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contacts.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) queued for creation.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CsvImportDialog</name>
    <message>
        <source>Import Contacts from CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking rows… %1 read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued %1 of %2 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a CSV file with one contact per row. The first row must name the columns. Save it from your spreadsheet as &quot;CSV UTF-8&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the contact field each column fills, or skip the column. Columns no field matches become custom fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first rows of the file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview of the file</source>
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
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows that will not be imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;refused rows…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the refused rows with their problems to correct them in a spreadsheet and import them again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looks like</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows that look like contacts already there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Skip rows that look like duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import them &amp;anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows that will not be imported:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows that look like contacts already there or earlier in the file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding the contacts to the outbox. They are sent to ClientTether from there, also after a restart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Refused Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(column %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import column %1 as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip this column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom field: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the column that holds the %1: every new contact needs one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two columns fill %1; skip one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking rows…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open %1 again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows read: %1. Can be imported: %2. Refused: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look like contacts already there: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first %1 problems are listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new contact waiting in the outbox (same %1: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 (same %2: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact %1 (same %2: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outbox is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) added to the outbox; they are sent to ClientTether from there.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import stopped. %n contact(s) were already added to the outbox and stay there; discard them from the Outbox if you do not want them.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Import failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) were added to the outbox before that.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s) skipped.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) refused.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check rows &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n contact(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomFieldsEditor</name>
    <message>
        <source>No custom fields. Any name that is not a standard field can hold up to %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add custom field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field name, e.g. project_type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom field name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:</source>
        <comment>form label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This name cannot be sent to the server, so the field is shown only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the custom field a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a standard contact field; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another custom field is already called &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A custom field holds at most %1 characters; this has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server removes HTML: this is saved as &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom field value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this custom field</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the date empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored as &quot;%1&quot;; pick a date or clear it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoServer</name>
    <message>
        <source>Cannot create %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldWidgets</name>
    <message>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(303) 929-1447</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>80202 or K1A 0B1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LineField</name>
    <message>
        <source>Sent as %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>ClientTether Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About ClientTether Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About ClientTether Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;ClientTether Console %1&lt;/p&gt;&lt;p&gt;A desktop console for the ClientTether CRM (API v2).&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed-in account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch to another account of this enterprise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline – changes wait in the outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Outbox: %n waiting</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in conflict</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Open the outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpenContactDialog</name>
    <message>
        <source>Open contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutboxEntryDialog</name>
    <message>
        <source>Correct: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server said: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save and send again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutboxView</name>
    <message>
        <source>&amp;Pause sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep changes here instead of sending them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send &amp;now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send every waiting change now instead of after its pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Correct…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;solve…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every change has reached the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard &quot;%1&quot;? It will never be sent, and cannot be brought back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParameterSchema</name>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Software notification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email, text and software</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactive path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exclude the contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include the contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Single</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Married</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Divorced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact Reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multi-level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>ClientTether Console</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Regions</name>
    <message>
        <source>Alabama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alaska</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>American Samoa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arizona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arkansas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>California</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colorado</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecticut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delaware</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District of Columbia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Florida</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Georgia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hawaii</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idaho</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Illinois</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indiana</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Iowa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kansas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kentucky</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Louisiana</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maryland</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Massachusetts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Michigan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minnesota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mississippi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missouri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Montana</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nebraska</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nevada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Hampshire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Jersey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Mexico</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New York</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>North Carolina</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>North Dakota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Northern Mariana Islands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ohio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oklahoma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oregon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pennsylvania</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Puerto Rico</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rhode Island</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>South Carolina</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>South Dakota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tennessee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Texas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>U.S. Virgin Islands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Utah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vermont</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Virginia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Washington</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>West Virginia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wisconsin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wyoming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alberta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>British Columbia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manitoba</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Brunswick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newfoundland and Labrador</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Northwest Territories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nova Scotia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nunavut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ontario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prince Edward Island</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quebec</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saskatchewan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yukon</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in to ClientTether</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the access token and web key from the Settings – API tab of your ClientTether account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eyJ0eXAiOiJKV1Qi…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CT_…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remember on this computer (in the system keychain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access &amp;token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Web key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking with the server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the &amp;demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens a built-in demonstration account on this computer: nothing is sent anywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the access token from the Settings – API tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An access token has no spaces; check that it was copied whole.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the web key of the account (it starts with CT_).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a complete address, such as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only https:// addresses are allowed (plain http only on this computer).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartupOptions</name>
    <message>
        <source>Desktop console for the ClientTether CRM.

Started plainly it opens the account saved in the system keychain, or asks you to sign in.
Environment: CLIENTTETHER_ACCESS_TOKEN and CLIENTTETHER_WEB_KEY sign in for this run only;
they are never stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the built-in demonstration account (a local sandbox; nothing is sent anywhere).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ClientTether API address (https; plain http only on this computer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the sub-account with this name (enterprise access tokens).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--api-url must be an https:// address (plain http only on this computer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set both CLIENTTETHER_ACCESS_TOKEN and CLIENTTETHER_WEB_KEY, or neither.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the account saved on this computer; without one, open the demonstration account.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TagField</name>
    <message>
        <source>Add a tag…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tag cannot contain a comma: commas separate a contact&apos;s tags.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the tag %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ct::api::ApiClient</name>
    <message>
        <source>There is no API call named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refusing to send credentials over an insecure connection to %1: HTTPS is required for every host but this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in: no access token or web key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refusing to send over an insecure connection to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server redirected to an insecure address; not followed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server redirected to another host (%1); not followed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server redirected a change (HTTP %1); not followed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was canceled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not answer in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection could not be established</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server redirected to an insecure address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server redirected too many times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection closed before the server answered; the change may or may not have been applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent a broken HTTP answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address uses an unsupported protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent no HTTP status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ct::api::Validator</name>
    <message>
        <source>Plain text only: HTML and other formatting are not accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must be a record number (digits only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must be a whole number (digits only, no sign, separators or decimals).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must be between %1 and %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must be ten digits with no formatting, for example 3039291447.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must be a two-letter US state or Canadian province code, for example CO or ON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must be a US zip (12345, 12345-6789 or 12345-6789-01) or a Canadian postal code (A1A 1A1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must be a well-formed email address, for example name@example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must be email addresses separated by commas; &quot;%1&quot; is not one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must be a date written YYYY:MM:DD, for example 2026:11:27.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must be a time written HH:MM:SS, for example 14:30:00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must be a date written yyyy-mm-dd, for example 2026-11-27.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must be an amount such as 1250 or 1250.50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must be one of: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is read only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must be at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A custom field name starts with a letter and holds only letters, digits and underscores (at most 64).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A custom field holds at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a Canadian province: a postal code is written A1A 1A1, for example K1A 0B1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a US state: a zip is written 12345, 12345-6789 or 12345-6789-01.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ct::credentials::CredentialStore</name>
    <message>
        <source>The saved account in the keychain is incomplete; please sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain service is available, so your credentials are kept for this session only and you will be asked again next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No account is saved on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain refused access (it may be locked): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ct::models::ContactActivityModel</name>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting to be sent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ct::models::ContactEditing</name>
    <message>
        <source>The delete is already on its way to the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The delete could not be taken back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The delete was already sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the note first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ct::models::ContactExport</name>
    <message>
        <source>An export is already running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was closed while the export ran.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ct::models::ContactImport</name>
    <message>
        <source>Import problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty: the first line should name the columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was closed while it was being read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outbox was closed during the import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 could not be queued: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ct::models::ContactOpener</name>
    <message>
        <source>Enter the external id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the contact id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contact has this external id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contact has this id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A contact id is a number.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ct::models::ContactRowChecker</name>
    <message>
        <source>The row has more values than the file has columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new contact needs a value here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server would refuse this value (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ct::models::CsvReader</name>
    <message>
        <source>The file is not UTF-8 text (it ends in the middle of a character).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A quoted value that starts on line %1 is never closed (a &quot; is missing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 is not UTF-8 text. Save the file as &quot;CSV UTF-8&quot; and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: text follows a closing quote; a quote inside a quoted value must be doubled (&quot;&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ct::models::CsvWriter</name>
    <message>
        <source>Could not write to the file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ct::models::DuplicateCheck</name>
    <message>
        <source>same name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server could not be asked for duplicates (%1); only the contacts held here were checked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ct::models::OutboxModel</name>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new (not yet created)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed on the server since you edited it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ct::models::TagCatalog</name>
    <message>
        <source>A tag needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tag cannot contain a comma: commas separate a contact&apos;s tags.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ct::store::AccountDatabase</name>
    <message>
        <source>No account given for the local database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the local database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot configure the local database: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ct::store::Outbox</name>
    <message>
        <source>%1 is not an edit the outbox can queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed on the server since you opened it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ct::store::SchemaMigrations</name>
    <message>
        <source>Cannot read the database version: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local database was written by a newer version (schema %1, this version knows %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading the local database to schema %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
