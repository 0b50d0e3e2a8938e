import { Text } from '@mantine/core';

export function AccessCodeTab() {
  return <Text>Medical Access Code</Text>;
}
