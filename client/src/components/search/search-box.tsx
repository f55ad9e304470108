import { SearchOutlined } from '@ant-design/icons';
import { Button, Input, Space } from 'antd';
import { type FormEvent, useId, useState } from 'react';
import styles from './search.module.css';

interface SearchBoxProps {
  label: string;
  placeholder: string;
  buttonLabel: string;
  /** The query in the URL; the box follows it when it changes (back button, chip removed). */
  value: string;
  onSearch: (q: string) => void;
}

/** The free-text query as a small form: typing changes nothing until the search is sent. */
export function SearchBox({ label, placeholder, buttonLabel, value, onSearch }: SearchBoxProps) {
  const id = useId();
  const [draft, setDraft] = useState({ text: value, from: value });
  const text = draft.from === value ? draft.text : value;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSearch(text.trim());
  };
  return (
    <search className={styles.searchBox}>
      <form onSubmit={submit}>
        <label htmlFor={id} className="visually-hidden">
          {label}
        </label>
        <Space.Compact block>
          <Input
            id={id}
            type="search"
            size="large"
            value={text}
            maxLength={200}
            allowClear
            placeholder={placeholder}
            onChange={(event) => setDraft({ text: event.target.value, from: value })}
          />
          <Button type="primary" size="large" htmlType="submit" icon={<SearchOutlined aria-hidden />}>
            {buttonLabel}
          </Button>
        </Space.Compact>
      </form>
    </search>
  );
}
