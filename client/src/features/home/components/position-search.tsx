import { SearchOutlined } from '@ant-design/icons';
import { Button, Input, Space } from 'antd';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import styles from './position-search.module.css';

/** Free-text position search; sends the visitor to the positions list with `?q=`. */
export function PositionSearch() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const inputId = useId();
  const [query, setQuery] = useState('');

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const q = query.trim();
    navigate(q ? `/positions?${new URLSearchParams({ q })}` : '/positions');
  };

  return (
    <search className={styles.search}>
      <form onSubmit={onSubmit}>
        <label htmlFor={inputId} className={styles.label}>
          {t('home.search.label')}
        </label>
        <Space.Compact block>
          <Input
            id={inputId}
            type="search"
            size="large"
            value={query}
            onChange={(event) => setQuery(event.target.value)}
            placeholder={t('home.search.placeholder')}
            maxLength={100}
            allowClear
          />
          <Button type="primary" htmlType="submit" size="large" icon={<SearchOutlined aria-hidden />}>
            {t('home.search.button')}
          </Button>
        </Space.Compact>
      </form>
    </search>
  );
}
