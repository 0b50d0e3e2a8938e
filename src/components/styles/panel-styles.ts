// Workspace layout pieces: loaded with the Patient Workspace, Outbox and portal simulator.
import '@mantine/core/styles/Container.css';
import '@mantine/core/styles/SimpleGrid.css';
import '@mantine/core/styles/Card.css';
import '@mantine/core/styles/Tabs.css';
import '@mantine/core/styles/List.css';
import '@mantine/core/styles/Code.css';
import '@mantine/core/styles/ActionIcon.css';
