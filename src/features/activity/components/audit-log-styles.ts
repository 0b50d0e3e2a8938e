// The Audit log's filters: selects (Combobox in a Popover) and Mantine's date range picker.
import '@mantine/core/styles/ScrollArea.css';
import '@mantine/core/styles/Popover.css';
import '@mantine/core/styles/Combobox.css';
import '@mantine/core/styles/SimpleGrid.css';
import '@mantine/dates/styles.css';
